#if canImport(Glibc)
import Glibc
#endif
import CNPlanCore
import CNPlanKit

/// The `cnplan` command line: the REPL, script mode, `export` and `check`.
public enum Program {
    public static let version = "cnplan 0.1.0"

    static let usage = """
    usage: cnplan [--bail] [FILE]              the workbench on FILE (a new plan without FILE)
           cnplan [FILE] < SCRIPT              the same commands from a pipe
           cnplan export FILE... [--format json|md] [--output PATH|DIR]
           cnplan check FILE                   the plan's findings; exit 1 on an error
           cnplan --help | --version
    """

    /// Runs the program; returns the exit status (0 ok, 1 a command or check failed, 2 usage or file).
    public static func run(_ args: [String]) -> Int32 {
        leaveNoTerminalInTheBacktracer()
        guard let first = args.first else { return workbench(file: nil, bail: false) }
        switch first {
        case "--help", "-h", "help": print(usage); return 0
        case "--version", "-V": print(version); return 0
        case "export": return export(Array(args.dropFirst()))
        case "check": return check(Array(args.dropFirst()))
        default: break
        }
        var bail = false
        var file: String?
        for a in args {
            if a == "--bail" { bail = true } else if a.hasPrefix("-") && a != "-" {
                return usageError("unknown option \(a)")
            } else if file == nil { file = a } else { return usageError("more than one file: \(a)") }
        }
        return workbench(file: file, bail: bail)
    }

    /// A crash at a terminal prints its backtrace and exits; Swift's interactive backtracer would
    /// hold the user's terminal ("Press space to interact"). The runtime reads this setting when
    /// the process starts, so cnplan restarts itself once with it (unless the user chose one).
    static func leaveNoTerminalInTheBacktracer() {
        guard isatty(0) == 1, getenv("SWIFT_BACKTRACE") == nil else { return }
        // The real path, not /proc/self/exe, so the process keeps its name for ps and pgrep.
        var path = [CChar](repeating: 0, count: 4096)
        guard readlink("/proc/self/exe", &path, path.count - 1) > 0 else { return }
        setenv("SWIFT_BACKTRACE", "interactive=no", 1)
        execv(path, CommandLine.unsafeArgv)
    }

    static func usageError(_ message: String) -> Int32 {
        Terminal.printError("cnplan: " + message)
        Terminal.printError(usage)
        return 2
    }

    static func workbench(file: String?, bail: Bool) -> Int32 {
        let interactive = isatty(0) == 1 && isatty(1) == 1
        let bench: Workbench
        do {
            bench = try file.map { (path) throws(PlanError) in try Workbench(file: path) } ?? Workbench()
        } catch {
            Terminal.printError("cnplan: " + Board.safe(error.message))
            return 2
        }
        if interactive {
            return Repl(workbench: bench).run()
        }
        if let file, let reason = bench.readOnlyReason {
            let why = reason == .heldElsewhere ? "is open in another cnplan" : "cannot be written here: " + reason.text
            Terminal.printError("cnplan: \(file) \(why); it is read-only here and changes will be refused")
        }
        let shell = Shell(workbench: bench, console: PipeConsole())
        shell.bail = bail
        return shell.run()
    }

    static func check(_ args: [String]) -> Int32 {
        guard args.count == 1, let path = args.first, !path.hasPrefix("-") else { return usageError("check takes one FILE") }
        do {
            let (plan, note) = try SessionFile.loadForReading(path)
            if let note { Terminal.printError("cnplan: " + Board.safe(note)) }
            let report = CheckReport(plan: plan, context: CheckContext(today: Clock.today()))
            print(report.text)
            return report.hasErrors ? 1 : 0
        } catch {
            Terminal.printError("cnplan: " + Board.safe(error.message))
            return 2
        }
    }

    static func export(_ arguments: [String]) -> Int32 {
        // `--format=md` is `--format md`.
        let args = arguments.flatMap { a -> [String] in
            for option in ["--format=", "--output="] where a.hasPrefix(option) {
                return [String(option.dropLast()), String(a.dropFirst(option.count))]
            }
            return [a]
        }
        var files: [String] = []
        var format = ExportFormat.json
        var output: String?
        var i = 0
        while i < args.count {
            let a = args[i]
            switch a {
            case "--format", "-f", "--output", "-o":
                guard i + 1 < args.count else { return usageError("\(a) needs a value") }
                if a == "--format" || a == "-f" {
                    let v = args[i + 1].lowercased() == "markdown" ? "md" : args[i + 1].lowercased()
                    guard let f = ExportFormat(rawValue: v) else { return usageError("unknown format \(args[i + 1]); use json or md") }
                    format = f
                } else { output = args[i + 1] }
                i += 2
            default:
                if a.hasPrefix("-") { return usageError("unknown option \(a)") }
                files.append(a)
                i += 1
            }
        }
        guard !files.isEmpty else { return usageError("export needs a FILE") }
        // Several files, or an existing folder, export one file each into the folder.
        let intoFolder = output.map { files.count > 1 || FileSystem.isDirectory($0) } ?? false
        if files.count > 1, output == nil { return usageError("exporting several files needs --output DIR") }
        if intoFolder, let dir = output, !FileSystem.isDirectory(dir) { return usageError("\(dir) is not a folder") }
        var failed = false
        var written = Set<String>()
        for path in files {
            do throws(PlanError) {
                let (plan, note) = try SessionFile.loadForReading(path)
                if let note { Terminal.printError("cnplan: " + Board.safe(note)) }
                let text = Exporter.export(plan, as: format, context: CheckContext(today: Clock.today()))
                if let output {
                    let target = intoFolder ? output + "/" + exportName(path, format) : output
                    // Two plans of one name must not overwrite each other's export in silence.
                    guard written.insert(target).inserted else {
                        let reason = "already written from another plan of the same name; not overwritten"
                        throw .file(path: target, reason: reason)
                    }
                    try FileSystem.writeAtomically(target, text)
                } else {
                    Terminal.write(format == .json && isatty(1) == 1 ? TerminalJSON.escape(text) : text, to: 1)
                }
            } catch {
                Terminal.printError("cnplan: " + Board.safe(error.message))
                failed = true
            }
        }
        return failed ? 2 : 0
    }

    static func exportName(_ path: String, _ format: ExportFormat) -> String {
        var base = FileSystem.baseName(of: path)
        if base.hasSuffix(".json") { base.removeLast(5) }
        return base + "." + format.rawValue
    }
}
