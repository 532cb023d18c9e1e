// libFuzzer target: any bytes as command lines, parsed and applied to a plan. A finding is a
// crash, or an accepted plan that does not save and load back as itself: every plan cnplan
// accepts must be one it can open again. Each edit also goes through the journal's encoding.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzParser(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let text = String(decoding: UnsafeBufferPointer(start: data, count: size), as: UTF8.self)
    var plan = Plan()
    for line in text.split(separator: "\n", omittingEmptySubsequences: false) {
        guard let command = try? Parser.parse(String(line)) else { continue }
        guard case .edit(let edit) = command, let next = try? apply(edit, to: plan) else { continue }
        guard let decoded = try? EditCodec.decode(EditCodec.encode(edit)), decoded == edit else {
            fatalError("an edit did not survive the journal's encoding: \(edit)")
        }
        plan = next
    }
    let saved = PlanCodec.encode(plan)
    guard let json = try? JSONParser.parse(Array(saved.utf8)), let loaded = try? PlanCodec.decode(json), loaded == plan
    else {
        fatalError("an accepted plan did not load back as itself")
    }
    for language in Language.all {
        _ = MarkdownExporter(plan: plan, context: CheckContext(today: PlanDate("2026-01-01")!), texts: Texts(language))
            .render()
    }
    return 0
}
