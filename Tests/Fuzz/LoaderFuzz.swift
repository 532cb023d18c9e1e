// libFuzzer target: any bytes as a plan file. A finding is a crash; a loaded plan must round-trip.
@_cdecl("LLVMFuzzerTestOneInput")
public func fuzzLoader(_ data: UnsafePointer<UInt8>, _ size: Int) -> Int32 {
    let bytes = Array(UnsafeBufferPointer(start: data, count: size))
    guard let json = try? JSONParser.parse(bytes), let plan = try? PlanCodec.decode(json) else { return 0 }
    let text = PlanCodec.encode(plan)
    guard let again = try? PlanCodec.decode(JSONParser.parse(Array(text.utf8))), again == plan else {
        fatalError("a loaded plan did not round-trip")
    }
    return 0
}
