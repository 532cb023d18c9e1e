import Foundation
import Testing

#if canImport(Glibc)
import Glibc
#endif

/// A cnplan running on pipes that the test keeps open: a writer that holds its session.
final class RunningCLI {
    let process = Process()
    let input = Pipe()
    let output = Pipe()

    init(_ args: [String], directory: URL) throws {
        process.executableURL = URL(fileURLWithPath: CLI.binary)
        process.arguments = args
        process.currentDirectoryURL = directory
        process.environment = ["HOME": directory.path, "PATH": "/usr/bin:/bin"]
        process.standardInput = input
        process.standardOutput = output
        process.standardError = FileHandle.nullDevice
        try process.run()
    }

    func send(_ text: String) { try? input.fileHandleForWriting.write(contentsOf: Data(text.utf8)) }

    /// Reads standard output until it contains `text`.
    func waitFor(_ text: String) -> String {
        var seen = ""
        while !seen.contains(text) {
            let chunk = output.fileHandleForReading.availableData
            if chunk.isEmpty { break }
            seen += String(decoding: chunk, as: UTF8.self)
        }
        return seen
    }

    func finish() {
        try? input.fileHandleForWriting.close()
        process.waitUntilExit()
    }

    func kill9() {
        kill(process.processIdentifier, SIGKILL)
        process.waitUntilExit()
    }
}

@Suite(.serialized) struct DurabilityTests {
    @Test func killedMidScriptTheSessionIsAlwaysACompletePrefix() throws {
        let script = (1...400).map { "segment add Segment \($0)" }.joined(separator: "\n") + "\n"
        var random = SeededRandom(seed: SeededRandom.seed())
        for round in 0..<15 {
            let dir = try CLI.temporaryDirectory()
            let file = dir.appendingPathComponent("plan.json")
            let cli = try RunningCLI(["plan.json"], directory: dir)
            cli.send(script)
            // Kill once some lines are done, at a different point each round.
            let printed = cli.waitFor("s\(1 + round * 20) added")
            usleep(UInt32.random(in: 0...20_000, using: &random))
            cli.kill9()
            let confirmed = printed.split(separator: "\n").filter {
                $0.hasPrefix("s") && $0.contains(" added: Segment ")
            }.count
            let r = try CLI.run(["export", file.path])
            #expect(r.status == 0, "round \(round): \(r.stderr)")
            let names = r.stdout.split(separator: "\n").filter { $0.contains("\"name\": \"Segment ") }
                .map { $0.trimmingCharacters(in: .whitespaces) }
            #expect(
                names == (0..<names.count).map { "\"name\": \"Segment \($0 + 1)\"" }, "round \(round): not a prefix")
            #expect(names.count >= confirmed, "round \(round): older than the last completed command")
            let left = try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.contains(".tmp-") }
            // A temporary file may be left by the kill; the next writer removes it.
            if !left.isEmpty {
                _ = try CLI.run(["plan.json"], input: "title after\n", directory: dir)
                #expect(
                    try FileManager.default.contentsOfDirectory(atPath: dir.path).filter { $0.contains(".tmp-") } == [])
            }
        }
    }

    @Test func aSecondProcessCannotWriteAnOpenSessionAndSaysWhy() throws {
        let dir = try CLI.temporaryDirectory()
        let file = dir.appendingPathComponent("plan.json")
        let first = try RunningCLI(["plan.json"], directory: dir)
        first.send("title first\n")
        Thread.sleep(forTimeInterval: 0.3)
        let before = try CLI.read(file)
        let second = try CLI.run(["plan.json"], input: "title second\n", directory: dir)
        #expect(second.status == 1)
        #expect(second.stderr.hasPrefix("cnplan: plan.json is open in another cnplan; it is read-only here"))
        #expect(second.stderr.contains("line 1: plan.json is open read-only: another cnplan is writing it"))
        #expect(try CLI.read(file) == before)
        // Saving another plan over it is refused too.
        let over = try CLI.run([], input: "title third\nsave plan.json\n", directory: dir)
        #expect(
            over.stderr.hasPrefix(
                "line 2: plan.json is open read-only: another cnplan is writing it; use save FILE to keep a copy\n"))
        #expect(try CLI.read(file) == before)
        // The first keeps working.
        first.send("objective still mine\n")
        first.finish()
        #expect(try CLI.read(file).contains("still mine"))
        // Reading is still allowed while it is open elsewhere.
        #expect(try CLI.run(["export", file.path]).status == 0)
    }

    @Test func aStaleLockFromAKilledProcessBlocksNobody() throws {
        let dir = try CLI.temporaryDirectory()
        let first = try RunningCLI(["plan.json"], directory: dir)
        first.send("title first\n")
        Thread.sleep(forTimeInterval: 0.3)
        first.kill9()
        let next = try CLI.run(["plan.json"], input: "title next\n", directory: dir)
        #expect(next.status == 0)
        #expect(try CLI.read(dir.appendingPathComponent("plan.json")).contains("\"title\": \"next\""))
    }

    static func hostileFiles(in dir: URL) throws -> [(String, URL)] {
        var out: [(String, URL)] = []
        var random = SeededRandom(seed: SeededRandom.seed())
        func add(_ kind: String, _ name: String, _ data: Data) throws {
            let url = dir.appendingPathComponent(name)
            try data.write(to: url)
            out.append((kind, url))
        }
        try add("not JSON", "notjson.json", Data("segment add A\n".utf8))
        try add(
            "truncated", "truncated.json",
            Data(#"{"format": "cnplan.plan", "version": 1, "segments": [{"id": "s1", "na"#.utf8))
        try add(
            "wrong types", "types.json",
            Data(#"{"format": "cnplan.plan", "version": 1, "segments": [{"id": "s1", "name": 42}]}"#.utf8))
        try add("unknown format", "format.json", Data(#"{"format": "someone.else", "version": 1}"#.utf8))
        try add("future version", "future.json", Data(#"{"format": "cnplan.plan", "version": 3}"#.utf8))
        try add(
            "unknown behaviour", "behaviour.json",
            Data(#"{"format": "cnplan.plan", "version": 1, "behaviours": [{"name": "teleport"}]}"#.utf8))
        try add(
            "unknown role", "role.json",
            Data(
                #"{"format": "cnplan.plan", "version": 1, "segments": [{"id": "s1", "name": "A", "role": "king"}]}"#
                    .utf8))
        try add(
            "dangling id", "dangling.json",
            Data(
                #"{"format": "cnplan.plan", "version": 1, "impacts": [{"id": "i1", "metric": "m", "concept": "c7"}]}"#
                    .utf8))
        try add(
            "duplicate id", "duplicate.json",
            Data(
                (#"{"format": "cnplan.plan", "version": 1, "concepts": "#
                    + #"[{"id": "c1", "title": "A"}, {"id": "c1", "title": "B"}]}"#).utf8))
        try add("binary", "binary.json", Data((0..<4096).map { _ in UInt8.random(in: 0...255, using: &random) }))
        try add("over 16 MiB", "huge.json", Data(repeating: 0x20, count: 16 * 1024 * 1024 + 1))
        let folder = dir.appendingPathComponent("folder.json")
        try FileManager.default.createDirectory(at: folder, withIntermediateDirectories: true)
        out.append(("a directory", folder))
        return out
    }

    @Test func hostileFilesAreRefusedWithExitTwoAndLeftByteForByte() throws {
        let dir = try CLI.temporaryDirectory()
        let files = try Self.hostileFiles(in: dir)
        for (kind, url) in files {
            let before = try? Data(contentsOf: url)
            for args in [[url.path], ["check", url.path], ["export", url.path]] {
                let r = try CLI.run(args, input: "title overwritten\nsave\n")
                #expect(r.status == 2, "\(kind) \(args.first!)")
                let lines = r.stderr.split(separator: "\n")
                #expect(lines.count == 1 && lines[0].hasPrefix("cnplan: \(url.path): "), "\(kind): \(r.stderr)")
            }
            // Asked from the REPL to open it and change it, nothing is written to it.
            let r = try CLI.run([], input: "open \(url.path)\ntitle overwritten\nsave \(url.path)\n", directory: dir)
            #expect(r.stderr.hasPrefix("line 1: \(url.path): "), "\(kind)")
            #expect(r.stderr.contains("line 3: \(url.path): "), "\(kind): save over it was not refused")
            #expect((try? Data(contentsOf: url)) == before, "\(kind) was changed")
        }
        let future = try CLI.run([dir.appendingPathComponent("future.json").path])
        #expect(future.stderr.contains("version 3 is newer than this cnplan reads (1)"))
        let types = try CLI.run([dir.appendingPathComponent("types.json").path])
        #expect(types.stderr.contains("$.segments[0].name: must be a string"))
    }

    @Test func randomBytesLongLinesAndControlCharactersNeverCrashOrCorrupt() throws {
        let dir = try CLI.temporaryDirectory()
        var inputs: [String] = []
        var random = SeededRandom(seed: SeededRandom.seed())
        for _ in 0..<5 {
            let bytes = (0..<20_000).map { _ in UInt8.random(in: 0...255, using: &random) }
            inputs.append(String(decoding: bytes, as: UTF8.self))
        }
        inputs.append("title " + String(repeating: "长", count: 1_000_000) + "\n")
        inputs.append(
            "segment add \u{0}\u{1B}[2J\u{7}\nsegment s1 why \u{0}nul\n" + String(repeating: "\"", count: 10_000) + "\n"
        )
        let words = [
            "segment", "add", "s1", "role", "behaviour", "rank", "access", "concept", "c1", "uses", "impact", "i1",
            "target", "-50%", "baseline", "undo", "redo", "remove", "\"", "'", "“", "/back", "接入", "1e308", "-0",
        ]
        let lines = (0..<3000).map { _ in
            (0..<Int.random(in: 1...6, using: &random)).map { _ in words.randomElement(using: &random)! }
                .joined(separator: " ")
        }
        inputs.append(lines.joined(separator: "\n"))
        for (n, input) in inputs.enumerated() {
            let r = try CLI.run(["plan.json"], input: input + "\ntitle survived \(n)\n", directory: dir)
            #expect(r.status == 0 || r.status == 1, "input \(n) ended with \(r.status)")
            let check = try CLI.run(["export", "plan.json"], directory: dir)
            #expect(check.status == 0, "input \(n) left a bad session: \(check.stderr)")
            #expect(check.stdout.contains("\"title\": \"survived \(n)\""))
        }
    }
}
