/// One typed command: a change to the plan, or something about the session around it.
public enum Command: Sendable, Equatable {
    case edit(Edit)
    /// `title`, `objective` or `data-goal` without text: show the current value.
    case showField(PlanField)
    case list(ItemKind)
    case show(ShowTarget)
    case status
    case check
    case guide
    case undo
    case redo
    case history
    case new(title: String?)
    case open(path: String)
    case save(path: String?)
    case export(ExportFormat, path: String?)
    case help(topic: String?)
    case quit
}

/// A change to the plan; `apply(_:to:)` carries it out.
public enum Edit: Sendable, Equatable {
    case setTitle(String?)
    case setObjective(String?)
    case setDataGoal(String?)
    case addSegment(name: String)
    case setSegmentText(id: String, field: SegmentField, text: String?)
    case setSegmentRole(id: String, role: Role?)
    case removeSegment(id: String)
    case addBehaviours([Behaviour])
    case setBehaviourWhy(Behaviour, String?)
    case setBehaviourScore(Behaviour, ScoreKind, Int)
    case rankBehaviours([Behaviour])
    case removeBehaviour(Behaviour)
    case addConcept(title: String)
    case setConceptSegment(id: String, segment: String)
    case setConceptUses(id: String, [Behaviour])
    case setConceptText(id: String, field: ConceptField, text: String?)
    case removeConcept(id: String)
    case addImpact(metric: String)
    case setImpactBaseline(id: String, Double)
    case setImpactTarget(id: String, Target)
    case setImpactText(id: String, field: ImpactTextField, text: String?)
    case setImpactBy(id: String, PlanDate?)
    case setImpactConcept(id: String, concept: String)
    case removeImpact(id: String)
}

/// The plan-level texts of step 1 and the title.
public enum PlanField: String, Sendable { case title, objective, dataGoal = "data-goal" }

/// The kinds of item a plan lists.
public enum ItemKind: String, Sendable { case segment, behaviour, concept, impact }

/// The text fields of a segment (its role is set separately).
public enum SegmentField: String, Sendable { case name, why, need, value, barriers }

/// The scores of a chosen behaviour.
public enum ScoreKind: String, Sendable { case value, effort }

/// The text fields of a concept.
public enum ConceptField: String, Sendable {
    case title, description, customerValue = "customer-value", orgValue = "org-value"
}

/// The text fields of an impact.
public enum ImpactTextField: String, Sendable { case metric, unit }

/// What `show` shows.
public enum ShowTarget: Sendable, Equatable {
    case plan
    case item(String)
    case step(Int)
}

/// The export formats.
public enum ExportFormat: String, Sendable { case json, md }
