import Kernel
import Testing

@testable import QueryExec

@Suite("Time zones (TZif files, fixed offsets, local times)")
struct TimeZoneDatabaseTests {
    static let second: Int64 = 1_000_000_000

    @Test func readsIANAZonesFromTZifFiles() throws {
        let brussels = try TimeZoneDatabase.rules(named: "Europe/Brussels")
        #expect(brussels.offsetSeconds(atUTCSeconds: 1_704_067_200) == 3_600)  // 2024-01-01
        #expect(brussels.offsetSeconds(atUTCSeconds: 1_711_846_799) == 3_600)  // 2024-03-31T00:59:59Z
        #expect(brussels.offsetSeconds(atUTCSeconds: 1_711_846_800) == 7_200)  // DST from 01:00Z
        #expect(brussels.offsetSeconds(atUTCSeconds: 1_729_990_800) == 3_600)  // 2024-10-27T01:00Z
        let newYork = try TimeZoneDatabase.rules(named: "America/New_York")
        #expect(newYork.offsetSeconds(atUTCSeconds: 1_719_835_200) == -14_400)
        #expect(try TimeZoneDatabase.rules(named: "UTC").offsetSeconds(atUTCSeconds: 0) == 0)
    }

    @Test func fixedOffsetsAsArrowReadsThem() throws {
        #expect(try TimeZoneDatabase.rules(named: "+05:30").offsetSeconds(atUTCSeconds: 0) == 19_800)
        #expect(try TimeZoneDatabase.rules(named: "-0330").offsetSeconds(atUTCSeconds: 0) == -12_600)
        #expect(try TimeZoneDatabase.rules(named: "+05").offsetSeconds(atUTCSeconds: 0) == 18_000)
        for bad in ["+5", "+05:3", "+25:00", "05:00"] {
            #expect(TimeZoneDatabase.fixedOffset(bad) == nil)
        }
    }

    @Test func unknownAndUnsafeNamesAreRefused() {
        for name in [
            "Nowhere/Zone", "utc", "../etc/passwd", "Europe", "", "Europe//Brussels", "/etc/passwd",
            "posix/Europe/Brussels", "localtime",
        ] {
            #expect(throws: KernelError.self) { try TimeZoneDatabase.rules(named: name) }
        }
    }

    @Test func localTimesSkippedOrRepeatedHaveNoInstant() throws {
        let brussels = try TimeZoneDatabase.rules(named: "Europe/Brussels")
        // 2024-03-31T01:30 local is 00:30Z; 02:30 does not exist; 2024-10-27T02:30 happens twice.
        #expect(brussels.utcNanoseconds(fromLocal: 1_711_848_600 * Self.second) == 1_711_845_000 * Self.second)
        #expect(brussels.utcNanoseconds(fromLocal: 1_711_852_200 * Self.second) == nil)
        #expect(brussels.utcNanoseconds(fromLocal: 1_729_996_200 * Self.second) == nil)
    }

    @Test func damagedFilesGiveNoRules() {
        #expect(TZifParser.parse([], name: "x") == nil)
        #expect(TZifParser.parse(Array("TZif2".utf8) + [UInt8](repeating: 0xFF, count: 60), name: "x") == nil)
        var header = Array("TZif".utf8) + [0x32] + [UInt8](repeating: 0, count: 15)
        header += [0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 9, 0, 0, 0, 1, 0, 0, 0, 0]
        #expect(TZifParser.parse(header, name: "x") == nil)
    }

    @Test func displaysLocalTimeWithOffset() throws {
        let kolkata = try TimeZoneDatabase.rules(named: "Asia/Kolkata")
        #expect(ValueText.zonedTimestamp(1_704_067_200_123_456_700, kolkata) == "2024-01-01T05:30:00.123456700+05:30")
        #expect(
            ValueText.zonedTimestamp(-1, try TimeZoneDatabase.rules(named: "+00:00"))
                == "1969-12-31T23:59:59.999999999Z")
    }
}

@Suite("POSIX TZ rules after the last TZif transition")
struct PosixZoneRuleTests {
    @Test func followsTheFooterRuleAfter2037() throws {
        let brussels = try TimeZoneDatabase.rules(named: "Europe/Brussels")
        // 2040-07-01T12:00Z is summer time; 2040-12-01 winter; the change on 2040-03-25 at 01:00Z.
        #expect(brussels.offsetSeconds(atUTCSeconds: 2_224_670_400) == 7_200)
        #expect(brussels.offsetSeconds(atUTCSeconds: 2_237_889_600) == 3_600)
        #expect(brussels.offsetSeconds(atUTCSeconds: 2_216_249_999) == 3_600)
        #expect(brussels.offsetSeconds(atUTCSeconds: 2_216_250_000) == 7_200)
        let sydney = try TimeZoneDatabase.rules(named: "Australia/Sydney")
        #expect(sydney.offsetSeconds(atUTCSeconds: 2_224_670_400) == 36_000)  // July: standard
        #expect(sydney.offsetSeconds(atUTCSeconds: 2_208_988_800) == 39_600)  // January: daylight
    }

    @Test func parsesTheForms() {
        let rule = PosixRuleParser.parse(Array("<-03>3<-02>,M3.5.0/-2,M10.5.0/-1".utf8)[...])
        #expect(rule?.standard == -10_800 && rule?.daylight == -7_200 && rule?.start?.time == -7_200)
        #expect(PosixRuleParser.parse(Array("IST-5:30".utf8)[...])?.standard == 19_800)
        #expect(PosixRuleParser.parse(Array("EST5EDT,J60,J300".utf8)[...]) == nil)
        #expect(PosixRuleParser.parse(Array("X1".utf8)[...]) == nil)
    }
}
