import { describe, expect, it } from "vitest";
import {
  normaliseRecordName,
  normaliseZoneName,
  overlapCandidates,
  overlaps,
  registrableDomain,
} from "../../src/modules/dns/names.ts";

/** The AppError a call throws, as the plain fields a client sees. */
function failure(call: () => unknown) {
  try {
    call();
  } catch (error: any) {
    return { code: error.code, field: error.field, message: error.message as string };
  }
  throw new Error("expected the call to throw");
}

const label = (length: number) => "a".repeat(length);

describe("zone names", () => {
  it("are trimmed, lowercased and lose one trailing dot", () => {
    expect(normaliseZoneName("  Example.COM. ")).toEqual({ ascii: "example.com", unicode: "example.com" });
    expect(normaliseZoneName("play.example.co.uk")).toEqual({
      ascii: "play.example.co.uk",
      unicode: "play.example.co.uk",
    });
  });

  it("store internationalised names as punycode and show them as unicode, whichever form was typed", () => {
    const expected = { ascii: "xn--bcher-kva.example", unicode: "bücher.example" };
    expect(normaliseZoneName("bücher.example")).toEqual(expected);
    expect(normaliseZoneName("BÜCHER.example.")).toEqual(expected);
    expect(normaliseZoneName("xn--bcher-kva.example")).toEqual(expected);
    expect(normaliseZoneName("münchen.de").ascii).toBe("xn--mnchen-3ya.de");
  });

  it("refuse malformed names with INVALID_ZONE_NAME on the name field", () => {
    for (const bad of [
      "",
      "example",
      "example..com",
      ".example.com",
      "example.com..",
      "-play.example.com",
      "play-.example.com",
      "pl_ay.example.com",
      "*.example.com",
      "exa mple.com",
      "xn--zz.example.com",
      "a/b.example.com",
      "%41.example.com",
      "bü/cher.example",
      "203.0.113.10",
    ]) {
      expect(failure(() => normaliseZoneName(bad)), bad).toMatchObject({
        code: "INVALID_ZONE_NAME",
        field: "name",
      });
    }
    expect(failure(() => normaliseZoneName(42))).toMatchObject({ code: "INVALID_INPUT", field: "name" });
  });

  it("allow labels of 63 characters and names of 253, and no more", () => {
    expect(normaliseZoneName(`${label(63)}.com`).ascii).toBe(`${label(63)}.com`);
    expect(failure(() => normaliseZoneName(`${label(64)}.com`))).toMatchObject({ code: "INVALID_ZONE_NAME" });

    const longest = `${[label(63), label(63), label(63), label(57)].join(".")}.com`;
    expect(longest).toHaveLength(253);
    expect(normaliseZoneName(longest).ascii).toBe(longest);
    expect(normaliseZoneName(`${longest}.`).ascii).toBe(longest);
    const failed = failure(() => normaliseZoneName(`a.${longest}`));
    expect(failed).toMatchObject({ code: "INVALID_ZONE_NAME" });
    expect(failed.message).toContain("longer than 253");
  });

  it("refuse public suffixes, ICANN and private ones, with PUBLIC_SUFFIX", () => {
    for (const suffix of ["com", "co.uk", "github.io", "eu.org", "kawasaki.jp", "xn--ciqpn.hk"]) {
      const failed = failure(() => normaliseZoneName(suffix));
      expect(failed.code, suffix).toBe(suffix.includes(".") ? "PUBLIC_SUFFIX" : "INVALID_ZONE_NAME");
      expect(failed.field).toBe("name");
    }
    expect(failure(() => normaliseZoneName("co.uk")).message).toContain("example.co.uk");
    expect(normaliseZoneName("example.co.uk").ascii).toBe("example.co.uk");
    expect(normaliseZoneName("mysite.github.io").ascii).toBe("mysite.github.io");
    expect(normaliseZoneName("city.kawasaki.jp").ascii).toBe("city.kawasaki.jp");
  });
});

describe("overlapping zones", () => {
  it("overlap when equal or one is a parent of the other at a label boundary", () => {
    expect(overlaps("example.com", "example.com")).toBe(true);
    expect(overlaps("play.example.com", "example.com")).toBe(true);
    expect(overlaps("example.com", "eu.play.example.com")).toBe(true);
    expect(overlaps("myexample.com", "example.com")).toBe(false);
    expect(overlaps("example.com", "example.net")).toBe(false);
  });

  it("are found by looking up the name and its parents that could be zones", () => {
    expect(overlapCandidates("eu.play.example.co.uk")).toEqual([
      "eu.play.example.co.uk",
      "play.example.co.uk",
      "example.co.uk",
    ]);
    expect(overlapCandidates("mysite.github.io")).toEqual(["mysite.github.io"]);
  });

  it("share one lock key, even where the suffix list has a suffix below a registrable name", () => {
    expect(registrableDomain("example.com")).toBe("example.com");
    expect(registrableDomain("eu.play.example.co.uk")).toBe("example.co.uk");
    expect(registrableDomain("mysite.github.io")).toBe("mysite.github.io");
    expect(registrableDomain("xn--bcher-kva.example")).toBe("xn--bcher-kva.example");
    // amazonaws.com is registrable but s3.amazonaws.com is a suffix: eTLD+1 would split these two.
    expect(registrableDomain("bucket.s3.amazonaws.com")).toBe("amazonaws.com");

    const names = [
      "example.com",
      "play.example.com",
      "eu.play.example.com",
      "example.co.uk",
      "a.example.co.uk",
      "amazonaws.com",
      "bucket.s3.amazonaws.com",
      "mysite.github.io",
      "deep.mysite.github.io",
      "city.kawasaki.jp",
      "www.city.kawasaki.jp",
      "xn--bcher-kva.example",
      "shop.xn--bcher-kva.example",
    ].map((name) => normaliseZoneName(name).ascii);
    for (const a of names) {
      for (const b of names) {
        if (overlaps(a, b)) expect(registrableDomain(a), `${a} / ${b}`).toBe(registrableDomain(b));
      }
    }
  });
});

describe("record names", () => {
  const zone = "example.com";

  it("read @ and the empty name as the apex", () => {
    expect(normaliseRecordName("@", zone)).toEqual({ relative: "@", absolute: "example.com" });
    expect(normaliseRecordName("", zone)).toEqual({ relative: "@", absolute: "example.com" });
    expect(normaliseRecordName("example.com.", zone)).toEqual({ relative: "@", absolute: "example.com" });
  });

  it("read relative names, service labels and wildcards, lowercased", () => {
    expect(normaliseRecordName("WWW", zone)).toEqual({ relative: "www", absolute: "www.example.com" });
    expect(normaliseRecordName("_minecraft._tcp", zone)).toEqual({
      relative: "_minecraft._tcp",
      absolute: "_minecraft._tcp.example.com",
    });
    expect(normaliseRecordName("_dmarc", zone).absolute).toBe("_dmarc.example.com");
    expect(normaliseRecordName("*", zone)).toEqual({ relative: "*", absolute: "*.example.com" });
    expect(normaliseRecordName("*.play", zone)).toEqual({ relative: "*.play", absolute: "*.play.example.com" });
    expect(normaliseRecordName("bücher", zone).relative).toBe("xn--bcher-kva");
  });

  it("read names ending with the zone as absolute, dotted or not", () => {
    expect(normaliseRecordName("www.example.com.", zone).relative).toBe("www");
    expect(normaliseRecordName("www.example.com", zone).relative).toBe("www");
    expect(normaliseRecordName("WWW.Example.Com", zone).relative).toBe("www");
    // Without the dot, a name not ending with the zone is relative to it.
    expect(normaliseRecordName("www.example.net", zone).absolute).toBe("www.example.net.example.com");
    expect(normaliseRecordName("myexample.com", zone).absolute).toBe("myexample.com.example.com");
  });

  it("refuse dotted names outside the zone with NAME_OUTSIDE_ZONE", () => {
    for (const outside of ["www.example.net.", "myexample.com.", "com.", "."]) {
      expect(failure(() => normaliseRecordName(outside, zone)), outside).toMatchObject({
        code: "NAME_OUTSIDE_ZONE",
        field: "name",
      });
    }
  });

  it("refuse malformed labels and misplaced wildcards", () => {
    for (const bad of ["a..b", "-www", "www-", "w*w", "www.*", "*.*", "a b", label(64), "ex@mple"]) {
      const failed = failure(() => normaliseRecordName(bad, zone));
      expect(failed, bad).toMatchObject({ code: "INVALID_INPUT", field: "name" });
    }
    expect(failure(() => normaliseRecordName(null, zone))).toMatchObject({ code: "INVALID_INPUT", field: "name" });
  });

  it("refuse names whose absolute form is longer than 253 characters", () => {
    const zoneName = `${label(63)}.${label(63)}.com`; // 131 characters
    const fits = `${label(63)}.${label(57)}`; // 121 + 1 + 131 = 253
    expect(normaliseRecordName(fits, zoneName).absolute).toHaveLength(253);
    expect(failure(() => normaliseRecordName(`a${fits}`, zoneName))).toMatchObject({ code: "INVALID_INPUT" });
  });
});
