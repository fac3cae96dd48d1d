import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import { describe, expect, it } from "vitest";
import { normaliseRecord, type NormalisedRecord } from "../../src/modules/dns/records.ts";
import { diffRecords, exportZoneFile, parseZoneFile } from "../../src/modules/dns/zone-file.ts";

const zone = "example.com";
const soa = { nameservers: ["ns1.guildhall.test", "ns2.guildhall.test."], hostmaster: "hostmaster.guildhall.test" };
const record = (name: string, type: string, content: string, ttl?: number) =>
  normaliseRecord({ name, type, content, ttl }, zone);

/** The AppError a call throws, as the plain fields a client sees. */
function failure(call: () => unknown) {
  try {
    call();
  } catch (error: any) {
    return { code: error.code, field: error.field, message: error.message as string };
  }
  throw new Error("expected the call to throw");
}

/** BIND's own zone checker, the judge of what we export. */
function namedCheckzone(zoneName: string, text: string) {
  const dir = mkdtempSync(path.join(tmpdir(), "guildhall-zone-"));
  try {
    const file = path.join(dir, `${zoneName}.zone`);
    writeFileSync(file, text);
    const result = spawnSync("/usr/bin/named-checkzone", [zoneName, file], { encoding: "utf8" });
    return { status: result.status, output: `${result.stdout}${result.stderr}` };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const longText =
  `v=DKIM1; k=rsa; p=${"MIIBIjANBgkqhkiG9w0BAQEFAAOCAQ8A".repeat(12)} "quoted" back\\slash\\ and "both\\" ünïcødé`;

const everyType: NormalisedRecord[] = [
  record("@", "A", "192.0.2.1"),
  record("@", "AAAA", "2001:0db8:0000::0001"),
  record("@", "MX", "10 mail.example.com"),
  record("@", "MX", "20 mx.bücher.example"),
  record("@", "TXT", "v=spf1 mx -all", 300),
  record("@", "CAA", `0 issue "letsencrypt.org"`),
  record("@", "CAA", `0 iodef "mailto:security@example.com"`),
  record("mail", "A", "192.0.2.2"),
  record("mail", "AAAA", "::ffff:192.0.2.2"),
  record("www", "CNAME", "example.com."),
  record("shop", "CNAME", "shops.bücher.example"),
  record("*.play", "A", "192.0.2.3", 60),
  record("*", "TXT", "wildcard"),
  record("mc", "A", "192.0.2.4"),
  record("_minecraft._tcp", "SRV", "0 5 25565 mc.example.com"),
  record("_minecraft._tcp.eu", "SRV", "10 0 25565 .", 600),
  record("sub", "NS", "ns1.other-dns.net"),
  record("sub", "NS", "ns2.other-dns.net"),
  record("10.reverse", "PTR", "mc.example.com"),
  record("default._domainkey", "TXT", longText),
  record("_dmarc", "TXT", `"v=DMARC1; p=reject;" " rua=mailto:dmarc@example.com"`),
];

describe("exporting and importing a zone file", () => {
  it("exports every record type as a file BIND loads, and reads it back to the same records and text", () => {
    const text = exportZoneFile({ name: zone, serial: 2024060101 }, everyType, soa);
    const checked = namedCheckzone(zone, text);
    expect(checked.output).toContain("loaded serial 2024060101");
    expect(checked.status).toBe(0);

    const parsed = parseZoneFile(text, zone);
    expect(parsed.ignored).toBe(3); // the SOA and two apex NS
    const byKey = (records: NormalisedRecord[]) =>
      records.map((r) => `${r.absoluteName} ${r.type} ${r.content} ${r.ttl}`).sort();
    expect(byKey(parsed.records)).toEqual(byKey(everyType));
    expect(exportZoneFile({ name: zone, serial: 2024060101 }, parsed.records, soa)).toBe(text);
  });

  it("writes TXT over 255 bytes as several strings, with quotes, backslashes and UTF-8 escaped", () => {
    const text = exportZoneFile({ name: zone, serial: 1 }, [record("dkim", "TXT", longText)], soa);
    const line = text.split("\n").find((l) => l.startsWith("dkim\t"))!;
    expect(line).toMatch(/^dkim\t3600\tIN\tTXT\t"v=DKIM1; k=rsa; p=MIIB[^"]*" "/);
    // Quotes and backslashes escaped; "ünïcødé" as its UTF-8 bytes.
    const escaped = String.raw`\"quoted\" back\\slash\\ and \"both\\\" \195\188n\195\175c\195\184d\195\169"`;
    expect(line).toContain(escaped);
    const [parsed] = parseZoneFile(text, zone).records;
    expect(parsed).toEqual(record("dkim", "TXT", longText));
  });

  it("writes records in a fixed order whatever order they come in", () => {
    const reversed = [...everyType].reverse();
    expect(exportZoneFile({ name: zone, serial: 7 }, reversed, soa)).toBe(
      exportZoneFile({ name: zone, serial: 7 }, everyType, soa),
    );
  });

  it("writes an address hostmaster as the SOA's RNAME and an internationalised zone BIND loads", () => {
    const idnZone = "xn--bcher-kva.example";
    const records = [normaliseRecord({ name: "www.bücher.example", type: "A", content: "192.0.2.8" }, idnZone)];
    const text = exportZoneFile({ name: idnZone, serial: 5 }, records, {
      nameservers: ["ns1.guildhall.test"],
      hostmaster: "dns.admin@guildhall.test",
    });
    expect(text).toContain("SOA\tns1.guildhall.test. dns\\.admin.guildhall.test. (");
    expect(text).toContain("www\t3600\tIN\tA\t192.0.2.8");
    const checked = namedCheckzone(idnZone, text);
    expect(checked.output).toContain("loaded serial 5");
    expect(checked.status).toBe(0);
  });
});

describe("reading a zone file written by hand", () => {
  const handWritten = [
    "; example.com, as another provider exported it",
    "$TTL 1h",
    "@   IN  SOA ns1.provider.net. admin.provider.net. (",
    "        2023100501 ; serial",
    "        7200 3600 1209600 300 )",
    "    IN  NS  ns1.provider.net.",
    "    IN  NS  ns2.provider.net.",
    "@       300 IN A 192.0.2.1",
    "        IN 600 AAAA 2001:DB8:0:0::1 ; owner carried over, class before TTL",
    "        MX 10 mail           ; relative target",
    "mail    A   192.0.2.2",
    "www.example.com.  CNAME  @",
    'txt     TXT "semi;colon inside quotes" plain words',
    "$ORIGIN play.example.com.",
    "*       120 A 192.0.2.3",
    "lobby   CNAME lobby-host.example.net.",
    "",
  ].join("\n");

  it("understands directives, comments, parentheses, omitted owners and TTL and class in either order", () => {
    const { records, ignored } = parseZoneFile(handWritten, zone);
    expect(ignored).toBe(3);
    expect(records.map((r) => [r.name, r.type, r.content, r.ttl])).toEqual([
      ["@", "A", "192.0.2.1", 300],
      ["@", "AAAA", "2001:db8::1", 600],
      ["@", "MX", "10 mail.example.com.", 3600],
      ["mail", "A", "192.0.2.2", 3600],
      ["www", "CNAME", "example.com.", 3600],
      ["txt", "TXT", `"semi;colon inside quotes" "plain" "words"`, 3600],
      ["*.play", "A", "192.0.2.3", 120],
      ["lobby.play", "CNAME", "lobby-host.example.net.", 3600],
    ]);
  });

  it("uses the last stated TTL when there is no $TTL", () => {
    const { records } = parseZoneFile("a 120 IN A 192.0.2.1\nb IN A 192.0.2.2\n", zone);
    expect(records.map((r) => r.ttl)).toEqual([120, 120]);
    expect(parseZoneFile("a IN A 192.0.2.1\n", zone).records[0].ttl).toBe(3600);
  });

  it("names the line each problem starts on", () => {
    const problems: [text: string, message: string | RegExp][] = [
      ["a A 192.0.2.1\nb HINFO PC Linux\n", /^line 2: HINFO records are not supported/],
      ["a A 192.0.2.1\n\nwww.example.net. A 192.0.2.1\n", "line 3: www.example.net is outside the zone example.com."],
      ["; comment\n  \nbad A 192.0.2.300\n", /^line 3: "192\.0\.2\.300" is not an IPv4 address\. An A record's content/],
      ["www CNAME a.example.net.\nwww A 192.0.2.1\n", /^line 2: www\.example\.com is a CNAME/],
      ["@ CNAME a.example.net.\n", /^line 1: A CNAME cannot be at the zone apex/],
      ["a A 192.0.2.1\na A 192.0.2.1\n", /^line 2: a\.example\.com already has the A record/],
      ["@ SOA ns1 admin (\n 1 2 3\n 4 5\n", `line 1: "(" is never closed.`],
      ['a A 192.0.2.1\nb TXT "open\n', "line 2: a quoted string is not closed on its line."],
      ["a A 192.0.2.1 )\n", `line 1: ")" without a "(" before it.`],
      ["$INCLUDE other.zone\n", "line 1: $INCLUDE is not supported; only $ORIGIN and $TTL are."],
      ["a CH A 192.0.2.1\n", "line 1: only the IN class is supported, not CH."],
      ["  A 192.0.2.1\n", "line 1: the first record has no name."],
      ["sub SOA ns1 admin 1 2 3 4 5\n", "line 1: the SOA record belongs at the apex, example.com."],
      ["a 30 A 192.0.2.1\n", /^line 1: TTL is a whole number of seconds from 60/],
      ["a\n", "line 1: the record has no type."],
      ["mc SRV 0 5 25565 mc\n", /^line 1: An SRV record's name is "_service._proto"/],
      ["a MX (\n 10\n)\n", /^line 1: An MX record's content is "priority host"/],
    ];
    for (const [text, message] of problems) {
      const failed = failure(() => parseZoneFile(text, zone));
      expect(failed, text).toMatchObject({ code: "INVALID_ZONE_FILE", field: "zoneFile" });
      if (typeof message === "string") expect(failed.message, text).toBe(message);
      else expect(failed.message, text).toMatch(message);
    }
  });
});

describe("the difference an import makes", () => {
  const withIds = (records: NormalisedRecord[]) => records.map((r, i) => ({ ...r, id: `id-${i}` }));

  it("keeps what is the same, and removes and adds what differs, a TTL change included", () => {
    const current = withIds([
      record("@", "A", "192.0.2.1"),
      record("www", "CNAME", "example.com."),
      record("mail", "A", "192.0.2.2", 3600),
    ]);
    const desired = [
      record("@", "A", "192.0.2.1"),
      record("mail", "A", "192.0.2.2", 300),
      record("new", "A", "192.0.2.9"),
    ];
    const diff = diffRecords(current, desired);
    expect(diff.unchanged).toBe(1);
    expect(diff.removed.map((r) => r.id)).toEqual(["id-1", "id-2"]);
    expect(diff.added).toEqual([desired[1], desired[2]]);
  });

  it("finds nothing to do when a zone is imported from its own export", () => {
    const current = withIds(everyType);
    const text = exportZoneFile({ name: zone, serial: 3 }, current, soa);
    expect(diffRecords(current, parseZoneFile(text, zone).records)).toEqual({
      added: [],
      removed: [],
      unchanged: everyType.length,
    });
  });
});
