/// Warning: the target moves a metric the wrong way, when its name tells which way is better
/// (times, costs and churn should fall; satisfaction, shares and sales should rise).
struct ImpactMovesTheRightWay: PlanCheck {
    static let code = "CN504"
    static let severity = Severity.warning
    static let lowerIsBetter = ["time", "cost", "churn", "complaint", "wait", "delay", "error", "defect", "abandon",
                                "时间", "时长", "成本", "流失", "投诉", "等待", "延迟"]
    static let higherIsBetter = ["satisfaction", "share", "sales", "revenue", "retention", "loyalty", "nps", "referral",
                                 "adoption", "participation", "满意", "分享", "销售", "收入", "留存", "参与", "转介"]

    func findings(in plan: Plan, context: CheckContext) -> [Finding] {
        plan.impacts.compactMap { m in
            guard let b = m.baseline, let t = m.resolvedTarget, b != t else { return nil }
            let name = m.metric.lowercased()
            if Self.lowerIsBetter.contains(where: name.contains), t > b {
                return finding(m.id, "\(m.metric) should fall, but the target rises", fix: "check impact \(m.id) target")
            }
            if !Self.lowerIsBetter.contains(where: name.contains), Self.higherIsBetter.contains(where: name.contains), t < b {
                return finding(m.id, "\(m.metric) should rise, but the target falls", fix: "check impact \(m.id) target")
            }
            return nil
        }
    }
}
