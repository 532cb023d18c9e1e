import Foundation
import Testing

@Suite struct SessionTests {
    @Test func everyChangeIsOnDiskAndLoadsBackTheSame() throws {
        let dir = try CLI.temporaryDirectory()
        let file = dir.appendingPathComponent("plan.json")
        let script = try CLI.read(CLI.root.appendingPathComponent("examples/appliance-repair.cnplan"))
        let r = try CLI.run([file.path], input: script)
        #expect(r.status == 0)
        let saved = try CLI.read(file)
        #expect(saved == (try CLI.read(CLI.root.appendingPathComponent("examples/appliance-repair.json"))))
        let again = try CLI.run([file.path], input: "export json\n")
        #expect(again.stdout == saved)
        #expect(try FileManager.default.contentsOfDirectory(atPath: dir.path) == ["plan.json"])
    }

    @Test func saveOpenAndNew() throws {
        let dir = try CLI.temporaryDirectory()
        let r = try CLI.run(
            [], input: "title One\nsave one.json\ntitle Two\nnew\ntitle Three\nopen one.json\ntitle\n", directory: dir)
        #expect(r.status == 0)
        #expect(r.stdout == "Two\n")
        #expect(try CLI.read(dir.appendingPathComponent("one.json")).contains(#""title": "Two""#))
    }

    @Test func saveWithoutAFileSaysHow() throws {
        let r = try CLI.run([], input: "title x\nsave\n")
        #expect(r.stderr.hasPrefix("line 2: this plan has no file yet; use: save FILE\n"))
        // The script ends with its title unsaved, and is told so.
        #expect(r.stderr.hasSuffix("cnplan: " + ScriptModeTests.notSaved + "\n"))
    }

    @Test func aFileThatIsNotAPlanIsRefusedAndLeftAlone() throws {
        let dir = try CLI.temporaryDirectory()
        let cases: [(String, String)] = [
            ("notjson.json", "hello"),
            ("truncated.json", #"{"format": "cnplan.plan", "version": 1, "segments": ["#),
            ("wrongtype.json", #"{"format": "cnplan.plan", "version": 1, "title": 5}"#),
            ("future.json", #"{"format": "cnplan.plan", "version": 7}"#),
        ]
        for (name, content) in cases {
            let file = dir.appendingPathComponent(name)
            try content.write(to: file, atomically: true, encoding: .utf8)
            let r = try CLI.run([file.path], input: "title changed\n")
            #expect(r.status == 2, "\(name)")
            #expect(r.stderr.hasPrefix("cnplan: \(file.path): "), "\(name): \(r.stderr)")
            #expect(r.stderr.split(separator: "\n").count == 1)
            #expect(try CLI.read(file) == content)
            let opened = try CLI.run([], input: "open \(file.path)\n")
            #expect(opened.status == 1)
            #expect(try CLI.read(file) == content)
        }
    }

    @Test func exportedPlanJSONOpens() throws {
        let dir = try CLI.temporaryDirectory()
        let r = try CLI.run(
            ["p.json"], input: "open \(CLI.root.path)/examples/appliance-repair.json\nexport json\n", directory: dir)
        #expect(r.stdout == (try CLI.read(CLI.root.appendingPathComponent("examples/appliance-repair.json"))))
    }
}

@Suite struct CommandLineTests {
    let example = CLI.root.appendingPathComponent("examples/appliance-repair.json").path

    @Test func exportToStdoutAndToAFile() throws {
        let r = try CLI.run(["export", example, "--format", "json"])
        #expect(r.status == 0)
        #expect(r.stdout == (try CLI.read(URL(fileURLWithPath: example))))
        let dir = try CLI.temporaryDirectory()
        let out = dir.appendingPathComponent("handout.md")
        let m = try CLI.run(["export", example, "--format=md", "--output=\(out.path)"])
        #expect(m.status == 0)
        #expect(try CLI.read(out).hasPrefix("# 维修服务"))
    }

    @Test func badUsageExitsTwo() throws {
        #expect(try CLI.run(["--frobnicate"]).status == 2)
        #expect(try CLI.run(["export"]).status == 2)
        #expect(try CLI.run(["export", example, "--format", "pdf"]).status == 2)
        #expect(try CLI.run(["export", "/nonexistent/plan.json"]).status == 2)
        #expect(try CLI.run(["check", "/nonexistent/plan.json"]).status == 2)
    }

    @Test func checkExitCodes() throws {
        let complete = try CLI.run(["check", example])
        #expect(complete.status == 0)
        let dir = try CLI.temporaryDirectory()
        let empty = dir.appendingPathComponent("empty.json")
        _ = try CLI.run([empty.path], input: "title Empty\n")
        let r = try CLI.run(["check", empty.path])
        #expect(r.status == 1)
        #expect(r.stdout.contains("error CN101 plan: no objective"))
    }

    @Test func versionAndHelp() throws {
        #expect(try CLI.run(["--version"]).stdout.hasPrefix("cnplan "))
        #expect(try CLI.run(["--help"]).stdout.contains("usage: cnplan"))
    }
}
