import CNPlanCore
import CNPlanKit
import Dispatch

#if canImport(Glibc)
import Glibc
#endif

/// `cnplan report DIR [--format md|json|html] [--output PATH]`: every plan under a folder at once.
/// Files are read in parallel on every core, as they are on disk (a session open in another
/// cnplan is read without its lock, journal included); each plan is dropped once its figures are
/// taken, so memory grows with the figures, not with the plans.
enum Report {
    static func run(_ args: [String], _ t: Texts) -> Int32 {
        let given: Arguments
        do { given = try Arguments.read(args, values: ["--format", "--output"], t) } catch { return error.status }
        let format = given.format ?? "md"
        let output = given.values["--output"]
        guard given.files.count == 1, let dir = given.files.first, ["md", "json", "html"].contains(format) else {
            return usage(t)
        }
        guard FileSystem.isDirectory(dir) else {
            Terminal.printError("cnplan: " + t("report.notAFolder", ["dir": dir]))
            return 2
        }
        let today = Clock.today()
        let portfolio = read(dir, today: today, t)
        let text =
            switch format {
            case "json": portfolio.json()
            case "html": portfolio.html(t, today: today)
            default: portfolio.markdown(t) + "\n"
            }
        guard let output else {
            Terminal.write(text, to: 1)
            return 0
        }
        do { try Program.writeOutput(output, Array(text.utf8), handout: true, t) } catch {
            Program.fail(error, t)
            return 2
        }
        return 0
    }

    static func usage(_ t: Texts) -> Int32 {
        Terminal.printError("cnplan: " + t("report.usage"))
        return 2
    }

    /// The figures of every plan file under `dir`, and the files that are not plans with why.
    static func read(_ dir: String, today: PlanDate, _ t: Texts) -> Portfolio {
        let root = dir.hasSuffix("/") && dir.count > 1 ? String(dir.dropLast()) : dir
        var found: [String] = []
        walk(root, "", into: &found)
        let files = found
        let results = Slots<Outcome>(count: files.count)
        DispatchQueue.concurrentPerform(iterations: files.count) { n in
            let relative = files[n]
            do throws(PlanError) {
                let plan = try SessionFile.load(root + "/" + relative)
                results.put(.plan(PlanFigures(file: relative, plan: plan, today: today)), at: n)
            } catch {
                results.put(.skipped(SkippedFile(file: relative, reason: reason(error, t))), at: n)
            }
        }
        var plans: [PlanFigures] = []
        var skipped: [SkippedFile] = []
        for r in results.take() {
            switch r {
            case .plan(let f)?: plans.append(f)
            case .skipped(let s)?: skipped.append(s)
            case nil: break
            }
        }
        return Portfolio(folder: dir, plans: plans, skipped: skipped)
    }

    /// What became of one file.
    enum Outcome {
        case plan(PlanFigures)
        case skipped(SkippedFile)
    }

    /// What is wrong with a file, without its path (the report names the file beside it).
    static func reason(_ error: PlanError, _ t: Texts) -> String {
        if case .file(_, let problem) = error { return Board.safe(t.problem(problem)) }
        return Board.safe(t.message(for: error))
    }

    /// The `.json` files under `dir`, by path relative to it. Hidden files (a writer's
    /// temporaries) and journals are no plans; symbolic links to folders are not followed, so a
    /// loop of links cannot hold the report up.
    static func walk(_ root: String, _ relative: String, into files: inout [String]) {
        let dir = relative.isEmpty ? root : root + "/" + relative
        for name in FileSystem.entries(of: dir) where !name.hasPrefix(".") {
            let path = relative.isEmpty ? name : relative + "/" + name
            var st = stat()
            guard lstat(root + "/" + path, &st) == 0 else { continue }
            if (st.st_mode & S_IFMT) == S_IFDIR {
                walk(root, path, into: &files)
            } else if name.hasSuffix(".json") {
                files.append(path)
            }
        }
    }
}

/// Results written by many threads, each to its own slot, and taken once they are done.
private final class Slots<T>: @unchecked Sendable {
    private let base: UnsafeMutablePointer<T?>
    private let count: Int

    init(count: Int) {
        self.count = count
        base = .allocate(capacity: max(count, 1))
        base.initialize(repeating: nil, count: max(count, 1))
    }

    deinit { base.deinitialize(count: max(count, 1)).deallocate() }

    /// Each index is written by one thread only.
    func put(_ value: T, at index: Int) { base[index] = value }

    func take() -> [T?] { Array(UnsafeBufferPointer(start: base, count: count)) }
}
