import Foundation
import Testing

/// Numbers and dates typed with a Chinese input method, through a pipe as a script would send them.
@Suite struct ChineseInputTests {
    /// The impacts (or behaviours) of the plan a script exported as JSON, by id (or name).
    static func items(_ stdout: String, _ key: String = "impacts", by name: String = "id")
        throws -> [String: [String: Any]]
    {
        let json = String(stdout[stdout.range(of: "{\n  \"format\"")!.lowerBound...])
        let plan = try JSONSerialization.jsonObject(with: Data(json.utf8)) as? [String: Any]
        let list = plan?[key] as? [[String: Any]] ?? []
        return Dictionary(uniqueKeysWithValues: list.map { ($0[name] as? String ?? "", $0) })
    }

    @Test func fullWidthNumbersAndChineseDatesAreStoredInTheirCanonicalForm() throws {
        let r = try CLI.run(
            [],
            input: """
                behaviour add 接入
                behaviour 接入 value ５
                behaviour 接入 effort ２
                impact add 首次响应时间
                impact i1 baseline ４８
                impact i1 target －５０％
                impact i1 by 2027年6月30日
                impact add 满意度
                impact i2 baseline ６０．５
                impact i2 target ＋２０％
                impact i2 by 2027/6
                impact add 回访率
                impact i3 target ９０
                impact i3 by 2027-6-30
                export json
                """)
        #expect(r.stderr == "")
        #expect(r.status == 0)
        let access = try Self.items(r.stdout, "behaviours", by: "name")["access"]
        #expect(access?["value"] as? Int == 5 && access?["effort"] as? Int == 2)
        let impacts = try Self.items(r.stdout)
        #expect(impacts["i1"]?["baseline"] as? Double == 48)
        #expect(impacts["i1"]?["targetRelative"] as? String == "-50%")
        #expect(impacts["i1"]?["by"] as? String == "2027-06-30")
        #expect(impacts["i2"]?["baseline"] as? Double == 60.5)
        #expect(impacts["i2"]?["targetRelative"] as? String == "+20%")
        #expect(impacts["i2"]?["by"] as? String == "2027-06")
        #expect(impacts["i3"]?["target"] as? Double == 90)
        #expect(impacts["i3"]?["by"] as? String == "2027-06-30")
    }

    @Test func theGuideTakesThemAsAnswers() throws {
        let workshop = try CLI.read(CLI.root.appendingPathComponent("examples/appliance-repair.cnplan"))
        let r = try CLI.run(
            [],
            input: workshop + """
                impact add 首次响应时间
                guide step 5
                ６０
                －５０％
                小时
                2027年6月
                /stop
                export json
                """)
        #expect(r.stderr == "")
        let added = try Self.items(r.stdout).values.first { $0["metric"] as? String == "首次响应时间" }
        #expect(added?["baseline"] as? Double == 60)
        #expect(added?["targetRelative"] as? String == "-50%")
        #expect(added?["unit"] as? String == "小时")
        #expect(added?["by"] as? String == "2027-06")
    }
}
