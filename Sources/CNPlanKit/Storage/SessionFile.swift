import CNPlanCore

/// Loading and saving plan files.
public enum SessionFile {
    /// Reads a plan from a session file or an exported plan, with the changes its journal holds;
    /// throws one error naming the file.
    public static func load(_ path: String) throws(PlanError) -> Plan {
        let bytes = try FileSystem.read(path)
        return Journal.replay(Journal.entries(for: path, base: bytes), onto: try decode(bytes, path: path))
    }

    /// A plan from the bytes of a file.
    static func decode(_ bytes: [UInt8], path: String) throws(PlanError) -> Plan {
        if bytes.isEmpty { throw .file(path: path, .empty) }
        let json: JSON
        do { json = try JSONParser.parse(bytes) } catch {
            throw .file(path: path, .notJSON(line: error.line, reason: error.reason))
        }
        do { return try PlanCodec.decode(json) } catch {
            throw .file(path: path, .notAPlan(error))
        }
    }

    /// Writes the plan; returns the bytes written.
    @discardableResult
    public static func save(_ plan: Plan, to path: String) throws(PlanError) -> [UInt8] {
        let text = PlanCodec.encode(plan)
        try FileSystem.writeAtomically(path, text)
        return Array(text.utf8)
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
