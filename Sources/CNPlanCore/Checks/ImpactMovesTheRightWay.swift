/// Warning: the target moves a metric the wrong way, when its name tells which way is better
/// (times, costs and churn should fall; satisfaction, shares and sales should rise).
struct ImpactMovesTheRightWay: PlanCheck {
    static let code = "CN504"
    static let messages = ["shouldFall", "shouldRise"]
    static let severity = Severity.warning
    static let lowerIsBetter: [[UInt8]] = [
        "time", "cost", "churn", "complaint", "wait", "delay", "error", "defect", "abandon",
        "时间", "时长", "成本", "流失", "投诉", "等待", "延迟",
    ].map { Array($0.utf8) }
    static let higherIsBetter: [[UInt8]] = [
        "satisfaction", "share", "sales", "revenue", "retention", "loyalty", "nps", "referral",
        "adoption", "participation", "满意", "分享", "销售", "收入", "留存", "参与", "转介",
    ].map { Array($0.utf8) }

    func findings(in plan: Plan, context: CheckContext) -> [Finding] {
        plan.impacts.compactMap { m in
            guard let b = m.baseline, let t = m.resolvedTarget, b != t else { return nil }
            // Byte search over the ASCII-lower-cased UTF-8: this check runs on every export.
            var name = Array(m.metric.utf8)
            for i in name.indices where (0x41...0x5A).contains(name[i]) { name[i] |= 0x20 }
            let falls = Self.lowerIsBetter.contains { Self.find($0, in: name) }
            if falls, t > b {
                return finding(m.id, "shouldFall", ["id": m.id, "metric": m.metric])
            }
            if !falls, Self.higherIsBetter.contains(where: { Self.find($0, in: name) }), t < b {
                return finding(m.id, "shouldRise", ["id": m.id, "metric": m.metric])
            }
            return nil
        }
    }

    static func find(_ needle: [UInt8], in haystack: [UInt8]) -> Bool {
        guard needle.count <= haystack.count else { return false }
        for start in 0...(haystack.count - needle.count) where haystack[start] == needle[0] {
            var k = 1
            while k < needle.count, haystack[start + k] == needle[k] { k += 1 }
            if k == needle.count { return true }
        }
        return false
    }
}
