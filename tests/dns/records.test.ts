import { describe, expect, it } from "vitest";
import { HTTP_STATUS as DNS_ERROR_STATUS } from "../../src/rest/errors.ts";
import {
  checkRecordRules,
  MAX_TXT_BYTES,
  normaliseRecord,
  txtValue,
  type NormalisedRecord,
} from "../../src/modules/dns/records.ts";

const zone = "example.com";

/** The AppError a call throws, as the plain fields a client sees. */
function failure(call: () => unknown) {
  try {
    call();
  } catch (error: any) {
    return { code: error.code, field: error.field, message: error.message as string };
  }
  throw new Error("expected the call to throw");
}

const record = (type: string, content: string, name = "www", ttl?: unknown) =>
  normaliseRecord({ name, type, content, ttl }, zone);
const content = (type: string, text: string, name?: string) => record(type, text, name).content;
const contentFailure = (type: string, text: string, name?: string) => failure(() => record(type, text, name));

describe("DNS error statuses", () => {
  it("are 400 for bad input and 409 for clashes with existing records", () => {
    expect(DNS_ERROR_STATUS.INVALID_CONTENT).toBe(400);
    expect(DNS_ERROR_STATUS.CNAME_AT_APEX).toBe(400);
    expect(DNS_ERROR_STATUS.DUPLICATE_RECORD).toBe(409);
    expect(DNS_ERROR_STATUS.CNAME_CONFLICT).toBe(409);
    expect(DNS_ERROR_STATUS.APEX_NS_RESERVED).toBe(409);
  });
});

describe("a record's name, type and TTL", () => {
  it("are normalised: relative name, upper-case type, TTL 3600 unless given", () => {
    expect(normaliseRecord({ name: "WWW.example.com.", type: "a", content: " 203.0.113.10 " }, zone)).toEqual({
      name: "www",
      absoluteName: "www.example.com",
      type: "A",
      content: "203.0.113.10",
      ttl: 3600,
    });
    expect(record("A", "203.0.113.10", "@", 60).ttl).toBe(60);
    expect(record("A", "203.0.113.10", "@", 86_400).ttl).toBe(86_400);
    expect(record("A", "203.0.113.10", "@", "300").ttl).toBe(300);
  });

  it("refuse TTLs outside 60 to 86400 seconds and unknown types", () => {
    for (const ttl of [59, 86_401, 1.5, -1, "abc", "", true]) {
      expect(failure(() => record("A", "203.0.113.10", "@", ttl)), String(ttl)).toMatchObject({
        code: "INVALID_TTL",
        field: "ttl",
      });
    }
    for (const type of ["HINFO", "SOA", "", 1]) {
      expect(failure(() => normaliseRecord({ name: "www", type, content: "x" }, zone))).toMatchObject({
        code: "INVALID_INPUT",
        field: "type",
      });
    }
    expect(failure(() => normaliseRecord({ name: "www", type: "A", content: 1 }, zone))).toMatchObject({
      code: "INVALID_INPUT",
      field: "content",
    });
  });
});

describe("record content", () => {
  it("A: a dotted IPv4 address", () => {
    expect(content("A", "192.0.2.1")).toBe("192.0.2.1");
    for (const bad of ["01.2.3.4", "256.1.1.1", "1.2.3", "::1", "a.b.c.d", ""]) {
      expect(contentFailure("A", bad), bad).toMatchObject({ code: "INVALID_CONTENT", field: "content" });
    }
    expect(contentFailure("A", "1.2.3").message).toContain(`An A record's content is an IPv4 address`);
  });

  it("AAAA: an IPv6 address in RFC 5952 form", () => {
    expect(content("AAAA", "2001:0DB8:0000:0000:0000:0000:0000:0001")).toBe("2001:db8::1");
    expect(content("AAAA", "2001:db8:0:0:1:0:0:1")).toBe("2001:db8::1:0:0:1");
    expect(content("AAAA", "2001:db8:0:1:1:1:1:1")).toBe("2001:db8:0:1:1:1:1:1");
    expect(content("AAAA", "::")).toBe("::");
    expect(content("AAAA", "::ffff:c000:0201")).toBe("::ffff:192.0.2.1");
    expect(content("AAAA", "::ffff:192.0.2.1")).toBe("::ffff:192.0.2.1");
    for (const bad of ["fe80::1%eth0", "1::2::3", "192.0.2.1", "2001:db8::g", ""]) {
      expect(contentFailure("AAAA", bad), bad).toMatchObject({ code: "INVALID_CONTENT", field: "content" });
    }
  });

  it("CNAME, NS, PTR: an absolute hostname, stored with the trailing dot and IDN as punycode", () => {
    expect(content("CNAME", "Target.Example.net")).toBe("target.example.net.");
    expect(content("CNAME", "target.example.net.")).toBe("target.example.net.");
    expect(content("CNAME", "selector1._domainkey.mail.example.net")).toBe("selector1._domainkey.mail.example.net.");
    expect(content("CNAME", "bücher.example")).toBe("xn--bcher-kva.example.");
    expect(content("NS", "ns1.other-dns.net", "sub")).toBe("ns1.other-dns.net.");
    expect(content("PTR", "host.example.com", "10")).toBe("host.example.com.");
    for (const bad of ["mail", "two words.example.com", "192.0.2.1", "@", ".", "-x.example.com", "a..b.com", ""]) {
      expect(contentFailure("CNAME", bad), bad).toMatchObject({ code: "INVALID_CONTENT", field: "content" });
    }
    expect(contentFailure("CNAME", "mail").message).toContain("single label");
    expect(contentFailure("PTR", "a b").message).toContain(`A PTR record's content is a hostname`);
  });

  it("hostnames are relative to the origin when reading a zone file", () => {
    const withOrigin = (type: string, text: string) =>
      normaliseRecord({ name: "www", type, content: text }, zone, { origin: "example.com." }).content;
    expect(withOrigin("CNAME", "mail")).toBe("mail.example.com.");
    expect(withOrigin("CNAME", "@")).toBe("example.com.");
    expect(withOrigin("CNAME", "mail.example.net.")).toBe("mail.example.net.");
    expect(withOrigin("MX", "10 mail")).toBe("10 mail.example.com.");
  });

  it(`MX: "priority host"`, () => {
    expect(content("MX", "10 mail.example.com", "@")).toBe("10 mail.example.com.");
    expect(content("MX", "010   Mail.Example.com.", "@")).toBe("10 mail.example.com.");
    expect(content("MX", "0 .", "@")).toBe("0 ."); // RFC 7505 null MX
    const bads = ["mail.example.com", "70000 mail.example.com", "-1 mail.example.com", "10 mail", "10 a b", "x y"];
    for (const bad of bads) {
      expect(contentFailure("MX", bad, "@"), bad).toMatchObject({ code: "INVALID_CONTENT", field: "content" });
    }
    expect(contentFailure("MX", "mail.example.com", "@").message).toBe(
      `An MX record's content is "priority host", like "10 mail.example.com.".`,
    );
  });

  it(`SRV: "priority weight port target" at a _service._proto name`, () => {
    expect(content("SRV", "0 5 25565 mc.example.com", "_minecraft._tcp")).toBe("0 5 25565 mc.example.com.");
    expect(content("SRV", "10 0 443 .", "_xmpp._tcp.eu")).toBe("10 0 443 .");
    for (const bad of ["0 5 mc.example.com", "0 5 65536 mc.example.com", "0 5 25565 mc", "a b c d"]) {
      expect(contentFailure("SRV", bad, "_minecraft._tcp"), bad).toMatchObject({
        code: "INVALID_CONTENT",
        field: "content",
      });
    }
    for (const name of ["minecraft", "_minecraft", "@", "mc._tcp", "_minecraft.tcp", "*._tcp"]) {
      expect(contentFailure("SRV", "0 5 25565 mc.example.com", name), name).toMatchObject({
        code: "INVALID_SRV_NAME",
        field: "name",
      });
    }
  });

  it(`CAA: "flags tag value", the value quoted`, () => {
    expect(content("CAA", `0 issue "letsencrypt.org"`, "@")).toBe(`0 issue "letsencrypt.org"`);
    expect(content("CAA", `0 ISSUE letsencrypt.org`, "@")).toBe(`0 issue "letsencrypt.org"`);
    expect(content("CAA", `128 issuewild ";"`, "@")).toBe(`128 issuewild ";"`);
    expect(content("CAA", `0 issue "letsencrypt.org; validationmethods=dns-01"`, "@")).toBe(
      `0 issue "letsencrypt.org; validationmethods=dns-01"`,
    );
    expect(content("CAA", `0 iodef "mailto:security@example.com"`, "@")).toBe(`0 iodef "mailto:security@example.com"`);
    for (const bad of [
      `256 issue "letsencrypt.org"`,
      `0 tbs "letsencrypt.org"`,
      `0 iodef "ftp://example.com"`,
      `0 issue "not a domain!"`,
      `0 issue "a" "b"`,
      `0 issue`,
      `issue "letsencrypt.org"`,
    ]) {
      expect(contentFailure("CAA", bad, "@"), bad).toMatchObject({ code: "INVALID_CONTENT", field: "content" });
    }
  });
});

describe("TXT content", () => {
  it("takes plain text and stores it as quoted strings, escaping quotes, backslashes and other bytes", () => {
    expect(content("TXT", "v=spf1 -all", "@")).toBe(`"v=spf1 -all"`);
    expect(content("TXT", `say "hi" \\o/`)).toBe(`"say \\"hi\\" \\\\o/"`);
    expect(content("TXT", "héllo\tworld")).toBe(`"h\\195\\169llo\\009world"`);
    expect(txtValue(content("TXT", `say "hi" \\o/ héllo\tworld`))).toBe(`say "hi" \\o/ héllo\tworld`);
  });

  it("takes quoted strings as given and joins them for the value", () => {
    expect(content("TXT", `"v=DKIM1; k=rsa; " "p=MIGf"`)).toBe(`"v=DKIM1; k=rsa; " "p=MIGf"`);
    expect(txtValue(content("TXT", `"v=DKIM1; k=rsa; " "p=MIGf"`))).toBe("v=DKIM1; k=rsa; p=MIGf");
    expect(content("TXT", `"a\\"b\\\\c\\065"`)).toBe(`"a\\"b\\\\cA"`);
    // Not a run of quoted strings: plain text that happens to contain quotes.
    expect(txtValue(content("TXT", `"hello" world`))).toBe(`"hello" world`);
  });

  it("splits text over 255 bytes into strings of at most 255, between characters", () => {
    const long = `${"a".repeat(300)}"${"\\".repeat(10)}${"é".repeat(200)}`;
    const stored = content("TXT", long);
    const strings = stored.match(/"(?:[^"\\]|\\.)*"/g)!;
    const bytes = (string: string) => string.slice(1, -1).replace(/\\\d{3}|\\./g, "x").length;
    expect(Buffer.byteLength(long)).toBe(711);
    expect(strings.map(bytes)).toEqual([255, 254, 202]); // 254: the next "é" would have been cut in two
    expect(strings[0]).toBe(`"${"a".repeat(255)}"`);
    for (const string of strings) expect(txtValue(string)).not.toContain("\ufffd");
    expect(stored).toBe(strings.join(" "));
    expect(txtValue(stored)).toBe(long);
    // Stored content read back as input is already canonical.
    expect(content("TXT", stored)).toBe(stored);
  });

  it("holds 1 to 4000 bytes of UTF-8", () => {
    expect(txtValue(content("TXT", "x".repeat(4000)))).toHaveLength(4000);
    expect(content("TXT", "é".repeat(2000))).toHaveLength(MAX_TXT_BYTES * 4 + 16 * 3 - 1);
    expect(content("TXT", Array(64).fill(`"k=v"`).join(" "))).toMatch(/^"k=v"/);
    const tooMany = Array(65).fill(`"k=v"`).join(" ");
    for (const bad of ["x".repeat(4001), "é".repeat(2001), "", `""`, `"\\255"`, tooMany]) {
      expect(contentFailure("TXT", bad), bad.slice(0, 10)).toMatchObject({ code: "INVALID_CONTENT", field: "content" });
    }
  });

  it("must be quoted when read from a zone file", () => {
    const fromFile = (text: string) => () =>
      normaliseRecord({ name: "@", type: "TXT", content: text }, zone, { origin: zone });
    expect(fromFile(`"v=spf1 -all"`)()).toMatchObject({ content: `"v=spf1 -all"` });
    expect(failure(fromFile(`"unterminated`))).toMatchObject({ code: "INVALID_CONTENT" });
  });
});

describe("the zone's record rules", () => {
  const existing = (
    rows: [id: string, name: string, type: string, content: string][],
  ): (NormalisedRecord & { id: string })[] =>
    rows.map(([id, name, type, text]) => ({ id, ...record(type, text, name) }));
  const zoneRecords = existing([
    ["1", "@", "A", "192.0.2.1"],
    ["2", "www", "CNAME", "example.com."],
    ["3", "mail", "A", "192.0.2.2"],
    ["4", "mail", "TXT", `"v=spf1 -all"`],
  ]);
  const rulesFailure = (candidate: NormalisedRecord & { id?: string }) =>
    failure(() => checkRecordRules(zoneRecords, candidate, zone));

  it("allow a record that breaks none of them, and an update that leaves its record as it was", () => {
    const allowed = (candidate: NormalisedRecord & { id?: string }) => () =>
      checkRecordRules(zoneRecords, candidate, zone);
    expect(allowed(record("A", "192.0.2.3", "mail"))).not.toThrow();
    expect(allowed(record("NS", "ns1.other-dns.net", "sub"))).not.toThrow();
    expect(allowed({ ...record("A", "192.0.2.2", "mail", 60), id: "3" })).not.toThrow();
    expect(allowed({ ...record("CNAME", "other.example.net", "www"), id: "2" })).not.toThrow();
  });

  it("refuse a CNAME at the apex", () => {
    expect(rulesFailure(record("CNAME", "other.example.net", "@"))).toMatchObject({
      code: "CNAME_AT_APEX",
      field: "name",
    });
  });

  it("refuse NS records at the apex, which are Guildhall's own", () => {
    expect(rulesFailure(record("NS", "ns1.other-dns.net", "@"))).toMatchObject({
      code: "APEX_NS_RESERVED",
      field: "name",
    });
  });

  it("refuse a record identical in name, type and content to another, whatever its TTL", () => {
    expect(rulesFailure(record("A", "192.0.2.2", "mail", 60))).toMatchObject({
      code: "DUPLICATE_RECORD",
      field: "content",
    });
    expect(rulesFailure(record("TXT", "v=spf1 -all", "MAIL.example.com"))).toMatchObject({ code: "DUPLICATE_RECORD" });
    // An update that would make one row equal another.
    expect(rulesFailure({ ...record("A", "192.0.2.1", "@"), id: "3" })).toMatchObject({ code: "DUPLICATE_RECORD" });
  });

  it("refuse a CNAME beside other records, and other records beside a CNAME", () => {
    const cnameBesideOthers = rulesFailure(record("CNAME", "other.example.net", "mail"));
    expect(cnameBesideOthers).toMatchObject({ code: "CNAME_CONFLICT", field: "name" });
    expect(cnameBesideOthers.message).toContain("A, TXT");
    expect(rulesFailure(record("A", "192.0.2.9", "www"))).toMatchObject({ code: "CNAME_CONFLICT", field: "name" });
    expect(rulesFailure(record("CNAME", "other.example.net", "www"))).toMatchObject({ code: "CNAME_CONFLICT" });
    // Moving a CNAME onto a name that has records, as an update.
    expect(rulesFailure({ ...record("CNAME", "other.example.net", "mail"), id: "2" })).toMatchObject({
      code: "CNAME_CONFLICT",
    });
  });
});
