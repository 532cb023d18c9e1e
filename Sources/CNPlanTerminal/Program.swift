import CLineEdit
import CNPlanCore
import CNPlanKit

#if canImport(Glibc)
import Glibc
#endif

/// The `cnplan` command line: the REPL, script mode, `export`, `check` and `present`.
public enum Program {
    public static let version = "cnplan 0.1.0"

    /// Runs the program; returns the exit status (0 ok, 1 a command or check failed, 2 usage or file).
    public static func run(_ arguments: [String]) -> Int32 {
        cn_return_large_blocks()
        leaveNoTerminalInTheBacktracer()
        // `--lang zh` and `--format=md` work anywhere, in either form.
        var args = arguments.flatMap { a -> [String] in
            for option in ["--format=", "--output=", "--lang="] where a.hasPrefix(option) {
                return [String(option.dropLast()), String(a.dropFirst(option.count))]
            }
            return [a]
        }
        var flag: String?
        if let i = args.firstIndex(of: "--lang") {
            guard i + 1 < args.count else {
                return usageError("cli.needsValue", ["option": "--lang"], Texts(choose(nil)))
            }
            flag = args[i + 1]
            args.removeSubrange(i...(i + 1))
            guard Language.named(flag!) != nil else {
                return usageError(
                    "cli.unknownLanguage", ["word": flag!, "list": Language.all.map(\.code).joined(separator: ", ")],
                    Texts(choose(nil)))
            }
        }
        let t = Texts(choose(flag))
        guard let first = args.first else { return workbench(file: nil, bail: false, t) }
        switch first {
        case "--help", "-h", "help":
            print(t("cli.usage"))
            return 0
        case "--version", "-V":
            print(version)
            return 0
        case "export": return export(Array(args.dropFirst()), flag: flag, t)
        case "check": return check(Array(args.dropFirst()), t)
        case "present": return Present.run(Array(args.dropFirst()), flag: flag, t)
        case "--completion-script":
            guard args.count == 2, let script = CompletionScripts.script(for: args[1]) else {
                return usageError("cli.completionScript", ["list": CompletionScripts.shells.joined(separator: ", ")], t)
            }
            print(script, terminator: "")
            return 0
        case "diff": return diff(Array(args.dropFirst()), t)
        case "merge": return merge(Array(args.dropFirst()), t)
        case "report": return Report.run(Array(args.dropFirst()), t)
        default: break
        }
        var bail = false
        var file: String?
        for a in args {
            if a == "--bail" {
                bail = true
            } else if a.hasPrefix("-") && a != "-" {
                return usageError("cli.unknownOption", ["option": a], t)
            } else if file == nil {
                file = a
            } else {
                return usageError("cli.moreThanOneFile", ["file": a], t)
            }
        }
        return workbench(file: file, bail: bail, t)
    }

    /// The interface language: `--lang`, else `CNPLAN_LANG`, else the locale (`LC_ALL`,
    /// `LC_MESSAGES`, `LANG`: any `zh*` is Chinese), else English.
    static func choose(_ flag: String?) -> Language {
        if let flag, let l = Language.named(flag) { return l }
        if let v = FileSystem.environment("CNPLAN_LANG"), let l = Language.named(v) { return l }
        for name in ["LC_ALL", "LC_MESSAGES", "LANG"] {
            // The first of these that is set decides, as for any program that speaks the locale.
            if let v = FileSystem.environment(name) { return Language.named(v) ?? .english }
        }
        return .english
    }

    /// A crash at a terminal prints its backtrace and exits; Swift's interactive backtracer would
    /// hold the user's terminal ("Press space to interact"). The runtime reads this setting when
    /// the process starts, so cnplan restarts itself once with it (unless the user chose one), but
    /// only when the backtracer would be interactive: it is, at start, when stdin and stdout are
    /// terminals and it installed its crash handler. The static release binary finds no
    /// swift-backtrace and installs none, so it starts once.
    static func leaveNoTerminalInTheBacktracer() {
        guard isatty(0) == 1, isatty(1) == 1, getenv("SWIFT_BACKTRACE") == nil, crashHandlerInstalled else { return }
        // The real path, not /proc/self/exe, so the process keeps its name for ps and pgrep.
        var path = [CChar](repeating: 0, count: 4096)
        guard readlink("/proc/self/exe", &path, path.count - 1) > 0 else { return }
        setenv("SWIFT_BACKTRACE", "interactive=no", 1)
        execv(path, CommandLine.unsafeArgv)
    }

    /// Whether a handler catches crashes: none is the default action, which cnplan never changes.
    static var crashHandlerInstalled: Bool {
        var action = sigaction()
        return sigaction(SIGSEGV, nil, &action) != 0 || action.__sigaction_handler.sa_handler != nil
    }

    static func usageError(_ key: String, _ args: [String: String], _ t: Texts) -> Int32 {
        Terminal.printError("cnplan: " + t(key, args))
        Terminal.printError(t("cli.usage"))
        return 2
    }

    static func fail(_ error: PlanError, _ t: Texts) {
        Terminal.printError("cnplan: " + Board.safe(t.message(for: error)))
    }

    /// Writes what `export`, `merge` and `report` make, refused onto a session another cnplan
    /// holds; a hard-linked file left to finish is said.
    static func writeOutput(_ path: String, _ bytes: [UInt8], handout: Bool = false, _ t: Texts) throws(PlanError) {
        guard let u = try FileSystem.writeOutput(path, bytes, handout: handout) else { return }
        let args = ["file": path, "copy": u.copy, "reason": u.failure.reason]
        Terminal.printError("cnplan: " + Board.safe(t("notice.unfinishedWrite", args)))
    }

    /// The plan exported last, left for the exit to give back whole: freeing a large plan item by
    /// item took a twentieth of its export, for memory the process was about to return anyway. A
    /// plan holds no file or lock (a session's workbench does, and is freed as usual). One at a
    /// time, so that a folder of exports holds no more than one plan.
    nonisolated(unsafe) private static var keptUntilExit: Plan?

    static func workbench(file: String?, bail: Bool, _ t: Texts) -> Int32 {
        cn_keep_blocks_for_changes()
        let interactive = isatty(0) == 1 && isatty(1) == 1
        let bench: Workbench
        do {
            bench = try file.map { (path) throws(PlanError) in try Workbench(file: path) } ?? Workbench()
        } catch {
            fail(error, t)
            return 2
        }
        bench.texts = t
        // Its plan, not the workbench: the workbench given back releases its locks, and their
        // files go with them (a workbench kept to the exit left `FILE.lock` beside every session).
        defer { keptUntilExit = bench.plan }
        if interactive {
            return Repl(workbench: bench).run()
        }
        if let file, let reason = bench.readOnlyReason {
            let message =
                reason == .heldElsewhere
                ? t("cli.readOnly", ["file": file])
                : t("cli.readOnlyBecause", ["file": file, "reason": reason.text(t)])
            Terminal.printError("cnplan: " + message)
        }
        let shell = Shell(workbench: bench, console: PipeConsole())
        shell.bail = bail
        let status = shell.run()
        // A plan without a file (none given, or one started with `new`) ends with the script:
        // changes it neither saved nor exported are not lost unheard. An empty plan loses nothing.
        if bench.file == nil, bench.unwritten, !bench.plan.isEmpty {
            Terminal.printError("cnplan: " + t("cli.scriptNotSaved"))
        }
        return status
    }

    static func check(_ args: [String], _ t: Texts) -> Int32 {
        guard args.count == 1, let path = args.first, !path.hasPrefix("-") else {
            return usageError("cli.checkTakesOneFile", [:], t)
        }
        do {
            let (plan, unreplayed) = try SessionFile.loadForReading(path)
            if let unreplayed { Terminal.printError("cnplan: " + Board.safe(journalNote(path, unreplayed, t))) }
            let report = CheckReport(plan: plan, context: CheckContext(today: Clock.today()))
            print(report.text(t))
            return report.hasErrors ? 1 : 0
        } catch {
            fail(error, t)
            return 2
        }
    }

    /// `cnplan export FILE... [--format json|md|html] [--output PATH|DIR] [--lang en|zh]`: a handout
    /// speaks `--lang`, else the plan's own language.
    static func export(_ args: [String], flag: String?, _ t: Texts) -> Int32 {
        let given: Arguments
        do { given = try Arguments.read(args, values: ["--format", "--output"], t) } catch { return error.status }
        let files = given.files
        let output = given.values["--output"]
        var format = ExportFormat.json
        if let v = given.format {
            guard let f = ExportFormat(rawValue: v) else {
                return usageError("cli.unknownFormat", ["format": given.values["--format"]!], t)
            }
            format = f
        }
        guard !files.isEmpty else { return usageError("cli.exportNeedsFile", [:], t) }
        // Several files, or an existing folder, export one file each into the folder.
        let intoFolder = output.map { files.count > 1 || FileSystem.isDirectory($0) } ?? false
        if files.count > 1, output == nil { return usageError("cli.severalNeedOutput", [:], t) }
        if intoFolder, let dir = output, !FileSystem.isDirectory(dir) {
            return usageError("cli.notAFolder", ["dir": dir], t)
        }
        var failed = false
        var written = Set<String>()
        for path in files {
            do throws(PlanError) {
                let (plan, unreplayed) = try SessionFile.loadForReading(path)
                keptUntilExit = plan
                if let unreplayed { Terminal.printError("cnplan: " + Board.safe(journalNote(path, unreplayed, t))) }
                let language = flag.flatMap(Language.named) ?? plan.handoutLanguage(empty: t.language)
                let parts = Exporter.parts(
                    plan, as: format, context: CheckContext(today: Clock.today()),
                    texts: Texts(language), source: FileSystem.baseName(of: path))
                if let output {
                    let target = intoFolder ? output + "/" + exportName(path, format) : output
                    // Two plans of one name must not overwrite each other's export in silence.
                    guard written.insert(target).inserted else {
                        throw .file(path: target, .alreadyWritten)
                    }
                    try writeOutput(
                        target, parts.count == 1 ? parts[0] : Array(parts.joined()), handout: format != .json, t)
                } else if format == .json, isatty(1) == 1 {
                    Terminal.write(TerminalJSON.escape(String(decoding: parts[0], as: UTF8.self)), to: 1)
                } else {
                    for part in parts { Terminal.write(part, to: 1) }
                }
            } catch {
                fail(error, t)
                failed = true
            }
        }
        return failed ? 2 : 0
    }

    /// What a reader says of a journal it could not replay whole.
    static func journalNote(_ path: String, _ u: (restored: Int, notRestored: Int?), _ t: Texts) -> String {
        let what = u.notRestored.map { t.plural("notice.notReplayed", $0) } ?? t("notice.unreadable")
        return t(
            "notice.journalIncluded", ["file": path, "restored": t.plural("notice.included", u.restored), "what": what])
    }

    static func exportName(_ path: String, _ format: ExportFormat) -> String {
        var base = FileSystem.baseName(of: path)
        if base.hasSuffix(".json") { base.removeLast(5) }
        return base + "." + format.rawValue
    }
}
