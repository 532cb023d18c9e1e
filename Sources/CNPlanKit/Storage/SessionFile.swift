/// Loading and saving plan files.
public enum SessionFile {
    /// Reads a plan from a session file or an exported plan; throws one error naming the file.
    public static func load(_ path: String) throws(PlanError) -> Plan {
        let bytes = try FileSystem.read(path)
        if bytes.isEmpty { throw .file(path: path, reason: "empty file; not a plan") }
        let json: JSON
        do { json = try JSONParser.parse(bytes) } catch {
            throw .file(path: path, reason: "not valid JSON (line \(error.line): \(error.reason))")
        }
        do { return try PlanCodec.decode(json) } catch {
            throw .file(path: path, reason: error.message)
        }
    }

    public static func save(_ plan: Plan, to path: String) throws(PlanError) {
        try FileSystem.writeAtomically(path, PlanCodec.encode(plan))
    }
}

/// Where cnplan keeps state that is not a plan file: recovery copies and line history.
public enum StateDirectory {
    /// `$XDG_STATE_HOME/cnplan`, by default `~/.local/state/cnplan`.
    public static var path: String {
        if let xdg = FileSystem.environment("XDG_STATE_HOME") { return xdg + "/cnplan" }
        return (FileSystem.environment("HOME") ?? ".") + "/.local/state/cnplan"
    }
}
