// libFuzzer target: any bytes as command lines, parsed and applied to a plan. A finding is a crash.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzParser(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    var plan = Plan()
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
        guard let command = try? Parser.parse(String(line)) else { continue }
        if case .edit(let edit) = command, let next = try? apply(edit, to: plan) { plan = next }
    }
    _ = PlanCodec.encode(plan)
    _ = MarkdownExporter(plan: plan, context: CheckContext(today: PlanDate("2026-01-01")!)).render()
    return 0
}
