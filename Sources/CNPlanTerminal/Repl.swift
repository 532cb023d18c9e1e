import CNPlanKit

/// The interactive workbench on a terminal (placeholder until line editing lands).
final class Repl {
    let workbench: Workbench
    init(workbench: Workbench) { self.workbench = workbench }
    func run() -> Int32 {
        Shell(workbench: workbench, console: PipeConsole()).run()
    }
}
