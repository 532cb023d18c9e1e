import Foundation
import Testing

/// `make install` as a packager or a facilitator runs it: the static release binary, its manual page and
/// completion scripts that work in their shells. `make test` builds the release binary first.
@Suite(.serialized) struct InstallTests {
    static let release = CLI.root.appendingPathComponent(".build/release/cnplan").path

    struct Run {
        var status: Int32
        var stdout: String
        var stderr: String
    }

    static func run(_ argv: [String], in directory: URL? = nil) throws -> Run {
        let p = Process()
        p.executableURL = URL(fileURLWithPath: "/usr/bin/env")
        p.arguments = argv
        if let directory { p.currentDirectoryURL = directory }
        let out = Pipe()
        let err = Pipe()
        p.standardOutput = out
        p.standardError = err
        p.standardInput = FileHandle.nullDevice
        try p.run()
        // Both pipes are drained while the program runs: make's output can fill one.
        nonisolated(unsafe) var errData = Data()
        let done = DispatchSemaphore(value: 0)
        Thread {
            errData = err.fileHandleForReading.readDataToEndOfFile()
            done.signal()
        }.start()
        let outData = out.fileHandleForReading.readDataToEndOfFile()
        done.wait()
        p.waitUntilExit()
        return Run(
            status: p.terminationStatus, stdout: String(decoding: outData, as: UTF8.self),
            stderr: String(decoding: errData, as: UTF8.self))
    }

    /// The shared libraries a binary loads, by file name (`libc.so.6`), as ldd resolves them.
    static func sharedLibraries(_ path: String) throws -> Set<String> {
        let ldd = try run(["ldd", path])
        #expect(ldd.status == 0, "ldd \(path): \(ldd.stderr)")
        return Set(
            ldd.stdout.split(separator: "\n").compactMap { line in
                line.split(whereSeparator: \.isWhitespace).first.map { String($0.split(separator: "/").last ?? $0) }
            })
    }

    @Test func theReleaseBinaryNeedsOnlyLibcAndLibedit() throws {
        let needed = try Self.sharedLibraries(Self.release)
        let lines = try Self.run(["ldd", Self.release]).stdout.split(separator: "\n")
        let libedit = try #require(
            lines.first { $0.contains("libedit.so") }?
                .split(whereSeparator: \.isWhitespace).first { $0.hasPrefix("/") }, "no libedit")
        // glibc's own parts, and whatever libedit itself loads.
        let allowed = try Self.sharedLibraries(String(libedit))
            .union(["linux-vdso.so.1", "libc.so.6", "libm.so.6", "ld-linux-x86-64.so.2", "libedit.so.2"])
        #expect(needed.subtracting(allowed).isEmpty, "also needs \(needed.subtracting(allowed).sorted())")
        #expect(!needed.contains { $0.hasPrefix("libswift") || $0.hasPrefix("libFoundation") })
        // Installed in /usr/local/bin, it must not look there for libraries.
        let dynamic = try Self.run(["readelf", "--dynamic", Self.release]).stdout
        #expect(dynamic.contains("(NEEDED)") && !dynamic.contains("RUNPATH") && !dynamic.contains("RPATH"))
    }

    @Test func installAndUninstallWithPrefixAndDestdir() throws {
        let stage = try CLI.temporaryDirectory()
        defer { try? FileManager.default.removeItem(at: stage) }
        let make = ["make", "-C", CLI.root.path, "-o", "release", "PREFIX=/opt/cnplan", "DESTDIR=" + stage.path]
        let install = try Self.run(make + ["install"])
        #expect(install.status == 0, "make install: \(install.stderr)")
        let prefix = stage.appendingPathComponent("opt/cnplan").path
        let binary = prefix + "/bin/cnplan"
        #expect(try Self.run([binary, "--version"]).stdout.hasPrefix("cnplan "))
        #expect(
            try CLI.read(URL(fileURLWithPath: prefix + "/share/man/man1/cnplan.1"))
                == (try CLI.read(CLI.root.appendingPathComponent("docs/cnplan.1"))))
        let scripts = [
            ("bash", "/share/bash-completion/completions/cnplan"),
            ("zsh", "/share/zsh/site-functions/_cnplan"),
            ("fish", "/share/fish/vendor_completions.d/cnplan.fish"),
        ]
        for (shell, path) in scripts {
            let expected = try Self.run([binary, "--completion-script", shell]).stdout
            #expect(!expected.isEmpty)
            #expect((try? CLI.read(URL(fileURLWithPath: prefix + path))) == expected, "\(shell) script")
        }
        let uninstall = try Self.run(make + ["uninstall"])
        #expect(uninstall.status == 0, "make uninstall: \(uninstall.stderr)")
        let left = try FileManager.default.subpathsOfDirectory(atPath: stage.path).filter { entry in
            var isDirectory: ObjCBool = false
            let path = stage.appendingPathComponent(entry).path
            _ = FileManager.default.fileExists(atPath: path, isDirectory: &isDirectory)
            return !isDirectory.boolValue
        }
        #expect(left == [], "left behind: \(left)")
    }

    @Test func theManualPageIsCleanAndNamesEveryOption() throws {
        let page = CLI.root.appendingPathComponent("docs/cnplan.1").path
        let lint = try Self.run(["mandoc", "-T", "lint", "-W", "warning", page])
        #expect(lint.status == 0 && lint.stdout.isEmpty && lint.stderr.isEmpty, "\(lint.stdout)\(lint.stderr)")
        // Bold and underlined words are overstruck (a letter, backspace, the letter): keep the letters.
        let text = try Self.run(["mandoc", "-T", "utf8", page]).stdout.replacing(try Regex(".\u{8}"), with: "")
        for word in [
            "export", "check", "--bail", "--format", "--output", "--lang", "--completion-script",
            "--help", "--version", "CNPLAN_LANG", "NO_COLOR", "EXIT STATUS",
        ] {
            #expect(text.contains(word), "the manual page does not mention \(word)")
        }
    }

    @Test func anUnknownShellIsBadUsage() throws {
        let r = try CLI.run(["--completion-script", "tcsh"])
        #expect(r.status == 2)
        #expect(r.stderr.contains("bash, zsh, fish"))
        #expect(r.stdout.isEmpty)
    }

    /// A folder with plan files to complete, and the script for `shell` in it.
    static func completionFolder(_ shell: String, name: String) throws -> URL {
        let dir = try CLI.temporaryDirectory()
        for file in ["plan.json", "notes.md"] {
            _ = FileManager.default.createFile(atPath: dir.appendingPathComponent(file).path, contents: nil)
        }
        let script = try CLI.run(["--completion-script", shell]).stdout
        try script.write(to: dir.appendingPathComponent(name), atomically: true, encoding: .utf8)
        return dir
    }

    @Test func bashCompletesCommandsOptionsValuesAndFiles() throws {
        let dir = try Self.completionFolder("bash", name: "cnplan.bash")
        // Calls the completion function as bash does on Tab, one line of candidates per command line.
        let probe = """
            source ./cnplan.bash
            complete -p cnplan >/dev/null || exit 3
            ask() { COMP_WORDS=("$@"); COMP_CWORD=$(($# - 1)); COMPREPLY=(); _cnplan 2>/dev/null
                    printf '%s\\n' "$(printf '%s ' $(printf '%s\\n' "${COMPREPLY[@]}" | sort))"; }
            ask cnplan ""
            ask cnplan --
            ask cnplan export --
            ask cnplan export --format ""
            ask cnplan export pl
            ask cnplan --completion-script z
            ask cnplan check --
            ask cnplan --lang ""
            ask cnplan report plans --format ""
            """
        let r = try Self.run(["bash", "--norc", "--noprofile", "-c", probe], in: dir)
        #expect(r.status == 0, "\(r.stderr)")
        let lines = r.stdout.split(separator: "\n", omittingEmptySubsequences: false)
        #expect(
            lines.map { $0.trimmingCharacters(in: .whitespaces) } == [
                "check cnplan.bash diff export merge notes.md plan.json present report",
                "--bail --completion-script --help --lang --version",
                "--format --lang --output",
                "html json md",
                "plan.json",
                "zsh",
                "--lang",
                "en zh",
                "html json md",
                "",
            ])
    }

    @Test func fishCompletesCommandsOptionsValuesAndFiles() throws {
        let dir = try Self.completionFolder("fish", name: "cnplan.fish")
        let probe = [
            "cnplan ", "cnplan --", "cnplan export --", "cnplan export --format ", "cnplan export pl",
            "cnplan --completion-script z", "cnplan export plan.json --output no", "cnplan report plans --format ",
            "cnplan report plans --",
        ]
        .map { "echo (complete -C '\($0)' | cut -f1 | sort)" }.joined(separator: "\n")
        let r = try Self.run(["fish", "--no-config", "-c", "source ./cnplan.fish\n" + probe], in: dir)
        #expect(r.status == 0, "\(r.stdout)\(r.stderr)")
        #expect(
            r.stdout.split(separator: "\n").map(String.init) == [
                "check cnplan.fish diff export merge notes.md plan.json present report",
                "--bail --completion-script --help --lang --version",
                "--format --lang --output",
                "html json md",
                "plan.json",
                "zsh",
                "notes.md",
                "html json md",
                "--format --lang --output",
            ])
    }

    /// zsh completes only in its line editor, so a real zsh runs under tmux and Tab is pressed.
    @Test func zshCompletesCommandsOptionsValuesAndFiles() throws {
        let dir = try Self.completionFolder("zsh", name: "_cnplan")
        let socket = "cnplan-zsh-\(UUID().uuidString.prefix(8))"
        func tmux(_ args: [String]) throws -> String {
            try Spawn.run(
                ["/usr/bin/tmux", "-L", socket, "-f", "/dev/null"] + args,
                capture: args.first != "new-session")
        }
        defer { _ = try? tmux(["kill-server"]) }
        _ = try tmux([
            "new-session", "-d", "-x", "120", "-y", "30", "-c", dir.path,
            "env -i HOME=\(dir.path) TERM=xterm PATH=/usr/bin:/bin zsh -f",
        ])
        func screenAfter(_ keys: [String], showing text: String) throws -> String {
            for k in keys {
                let named = k == "Tab" || k.hasPrefix("C-")
                _ = try tmux(["send-keys", "-t", "0"] + (named ? [k] : ["-l", k]))
            }
            let deadline = Date().addingTimeInterval(10)
            var screen = ""
            while Date() < deadline {
                screen = try tmux(["capture-pane", "-p", "-t", "0"])
                if screen.contains(text) { return screen }
                Thread.sleep(forTimeInterval: 0.05)
            }
            Issue.record("zsh never showed \(text.debugDescription):\n\(screen)")
            return screen
        }
        // Keys wait for zsh's first prompt: sent sooner, they reach a terminal zsh has not taken yet.
        let started = Date().addingTimeInterval(10)
        while try tmux(["capture-pane", "-p", "-t", "0"]).trimmingCharacters(in: .whitespacesAndNewlines).isEmpty,
            Date() < started
        {
            Thread.sleep(forTimeInterval: 0.05)
        }
        let setUp = "fpath=(\(dir.path) $fpath); autoload -Uz compinit; compinit -u -D; PS1='zsh''ready> '"
        _ = try screenAfter([setUp, "C-m"], showing: "zshready>")
        let first = try screenAfter(["cnplan ", "Tab"], showing: "plan.json")
        #expect(first.contains("export") && first.contains("check"))
        let options = try screenAfter(["C-u", "C-l", "cnplan export --", "Tab"], showing: "--output")
        #expect(options.contains("--format") && options.contains("--lang") && !options.contains("--bail"))
        let formats = try screenAfter(["C-u", "C-l", "cnplan export --format ", "Tab"], showing: "html")
        #expect(formats.contains("json") && formats.contains("md"))
        let report = try screenAfter(["C-u", "C-l", "cnplan report . --format ", "Tab"], showing: "html")
        #expect(report.contains("json") && report.contains("md"))
        _ = try screenAfter(["C-u", "C-l", "cnplan check pla", "Tab"], showing: "cnplan check plan.json")
        _ = try screenAfter(["C-u", "C-l", "cnplan --completion-script f", "Tab"], showing: "--completion-script fish")
    }
}
