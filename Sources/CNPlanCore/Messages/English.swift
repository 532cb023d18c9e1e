// The English catalog: every text a user reads, by key. Placeholders are `{name}`; a plural
// entry has one key per category (`#one`, `#other`). See Catalog.swift.

let englishCatalog: [String: String] = [
    // Lists, items, dates, steps
    "list.separator": ", ",
    "list.more": ", …",
    "item.label": "{kind} {id} ({name})",
    "kind.plan": "plan",
    "kind.segment": "segment",
    "kind.behaviour": "behaviour",
    "kind.concept": "concept",
    "kind.impact": "impact",
    "step.1": "objective",
    "step.2": "segment",
    "step.3": "behaviours",
    "step.4": "concept",
    "step.5": "impact",
    "date.day": "{yyyy}-{mm}-{dd}",
    "date.month": "{yyyy}-{mm}",
    "change.points": "{n} pts",
    // Baseline to target; in Chinese a character of ambiguous width (→) would shift the columns.
    "change.range": "{from} → {to}",
    "severity.error": "error",
    "severity.warning": "warning",
    "severity.info": "info",

    // The five behaviours and the needs they answer
    "behaviour.access": "access",
    "behaviour.engage": "engage",
    "behaviour.customize": "customize",
    "behaviour.connect": "connect",
    "behaviour.collaborate": "collaborate",
    "behaviour.access.need": "fast, simple, anywhere, any time",
    "behaviour.engage.need": "content and experiences worth their attention",
    "behaviour.customize.need": "an offer fitted to their own needs",
    "behaviour.connect.need": "connecting with other customers and with us",
    "behaviour.collaborate.need": "working with us, co-creating on open platforms",

    // Roles of network members
    "choice.role": "role",
    "choice.role.plural": "roles",
    "choice.role.consumer": "consumer",
    "choice.role.partner": "partner",
    "choice.role.investor": "investor",
    "choice.role.media": "media",
    "choice.role.government": "government",
    "choice.role.employee": "employee",
    "choice.role.other": "other",

    // Fields: label (board, status), heading (handout), question, hint and example (guide)
    "field.plan.title.label": "title",
    "field.plan.title.question": "What is this plan called?",
    "field.plan.title.hint": "A short name the room will recognise on the handout.",
    "field.plan.title.example": "Repair in hours, not days",
    "field.plan.statement.label": "objective",
    "field.plan.statement.heading": "Customer-facing objective:",
    "field.plan.statement.question": "What customer-facing objective must this project reach?",
    "field.plan.statement.hint":
        "A customer outcome you can measure later: faster response, higher satisfaction, more sharing.",
    "field.plan.statement.example": "Cut the time to first response on repair requests",
    "field.plan.dataGoal.label": "data goal",
    "field.plan.dataGoal.heading": "Data-collection goal:",
    "field.plan.dataGoal.question": "What customer data should the project collect (the data-collection goal)?",
    "field.plan.dataGoal.hint": "Customer data is an asset: name what to capture so later decisions can rest on it.",
    "field.plan.dataGoal.example": "Capture every repair request's product, fault and timeline",

    "field.segment.name.label": "name",
    "field.segment.name.heading": "Segment",
    "field.segment.name.question": "Which customer segment is most related to the objective?",
    "field.segment.name.hint":
        "To speed up response, pick those whose responses are slowest; to raise satisfaction, the least satisfied.",
    "field.segment.name.example": "Out-of-warranty owners who call the hotline",
    "field.segment.role.label": "role",
    "field.segment.role.heading": "Role",
    "field.segment.role.question": "What kind of network member is {item}?",
    "field.segment.role.hint": "One of: {list}",
    "field.segment.role.example": "consumer",
    "field.segment.why.label": "why",
    "field.segment.why.heading": "Why it matters",
    "field.segment.why.question": "Why does {item} matter for the objective?",
    "field.segment.why.hint": "Tie the segment to step 1.",
    "field.segment.why.example": "Their requests get the slowest first response today",
    "field.segment.need.label": "need",
    "field.segment.need.heading": "What they value",
    "field.segment.need.question": "What does {item} value? Why would they give us time or money?",
    "field.segment.need.hint": "The need behind their participation.",
    "field.segment.need.example": "Fast, trustworthy repair at a fair price",
    "field.segment.value.label": "value",
    "field.segment.value.heading": "Our unique value",
    "field.segment.value.question": "What unique value do we offer {item}?",
    "field.segment.value.hint": "What only we can give them.",
    "field.segment.value.example": "Genuine parts and trained engineers",
    "field.segment.barriers.label": "barriers",
    "field.segment.barriers.heading": "Barriers",
    "field.segment.barriers.question": "What keeps {item} from taking part?",
    "field.segment.barriers.hint": "Habits, effort, trust, access.",
    "field.segment.barriers.example": "They expect long hold times and do not know the app exists",

    "field.behaviour.value.label": "value",
    "field.behaviour.value.heading": "Value",
    "field.behaviour.value.question": "How much value does {item} bring to the objective? (1-5)",
    "field.behaviour.value.hint": "5 is most.",
    "field.behaviour.value.example": "5",
    "field.behaviour.effort.label": "effort",
    "field.behaviour.effort.heading": "Effort",
    "field.behaviour.effort.question": "How much effort does {item} take to deliver? (1-5)",
    "field.behaviour.effort.hint": "5 is most.",
    "field.behaviour.effort.example": "2",
    "field.behaviour.why.label": "why",
    "field.behaviour.why.heading": "Why",
    "field.behaviour.why.question": "Why {item}?",
    "field.behaviour.why.hint": "The customer need it answers: {need}.",
    "field.behaviour.why.example": "Owners want to report a fault from anywhere, any time",

    "field.concept.title.label": "title",
    "field.concept.title.question":
        "Which solution would reach the objective for this segment, resting on these behaviours? Its title:",
    "field.concept.title.hint": "Think anew: objective + segment + behaviours.",
    "field.concept.title.example": "Repair mini-app",
    "field.concept.segment.label": "segment",
    "field.concept.segment.heading": "For segment:",
    "field.concept.segment.question": "Which segment is {item} for?",
    "field.concept.segment.hint": "{list}",
    "field.concept.uses.label": "uses",
    "field.concept.uses.heading": "Rests on:",
    "field.concept.uses.question": "Which behaviours does {item} rest on?",
    "field.concept.uses.hint": "Chosen: {list}",
    "field.concept.description.label": "description",
    "field.concept.description.heading": "Description:",
    "field.concept.description.question": "Describe {item}.",
    "field.concept.description.hint": "What the customer sees and does.",
    "field.concept.description.example":
        "Photo upload of the fault, live engineer tracking and a community of fix-it tips",
    "field.concept.customerValue.label": "customer value",
    "field.concept.customerValue.heading": "Value to the customer:",
    "field.concept.customerValue.question": "What value does {item} give the customer?",
    "field.concept.customerValue.hint": "In the customer's words.",
    "field.concept.customerValue.example": "A repair booked in two minutes",
    "field.concept.orgValue.label": "org value",
    "field.concept.orgValue.heading": "Value to the organisation:",
    "field.concept.orgValue.question": "What value does {item} give the organisation?",
    "field.concept.orgValue.hint": "Revenue, cost, data, loyalty.",
    "field.concept.orgValue.example": "Structured fault data and fewer hotline calls",

    "field.impact.metric.label": "metric",
    "field.impact.metric.heading": "Metric",
    "field.impact.metric.question": "Which metric shows that the objective is reached?",
    "field.impact.metric.hint": "Quantify step 1: a time, a satisfaction score, a share rate.",
    "field.impact.metric.example": "First response time",
    "field.impact.baseline.label": "baseline",
    "field.impact.baseline.question": "Where does {item} stand today (baseline)?",
    "field.impact.baseline.hint": "A number.",
    "field.impact.baseline.example": "48",
    "field.impact.target.label": "target",
    "field.impact.target.question": "Where should {item} be (target)?",
    "field.impact.target.hint": "A number, or a change such as -90% or +20%.",
    "field.impact.target.example": "4",
    "field.impact.unit.label": "unit",
    "field.impact.unit.heading": "Unit",
    "field.impact.unit.question": "In what unit is {item} measured?",
    "field.impact.unit.hint": "hours, %, points, …",
    "field.impact.unit.example": "hours",
    "field.impact.by.label": "by",
    "field.impact.by.heading": "By",
    "field.impact.by.question": "By when should {item} reach its target?",
    "field.impact.by.hint": "YYYY-MM-DD or YYYY-MM.",
    "field.impact.by.example": "2027-06-30",
    "field.impact.concept.label": "concept",
    "field.impact.concept.heading": "Concept",
    "field.impact.concept.question": "Which concept does {item} measure?",
    "field.impact.concept.hint": "{list}",

    // Errors
    "error.prefix": "error: ",
    "error.line": "line {n}: ",
    "error.unknownCommand": "unknown command \"{word}\"",
    "error.seeHelp": "; type help for the list",
    "error.didYouMean": "; did you mean \"{word}\"?",
    "error.unknownWord": "unknown {what} \"{word}\"",
    "error.unknownBehaviour": "unknown behaviour \"{word}\"",
    "error.theFive": "; the five are {list}",
    "error.unknownChoice": "unknown {what} \"{word}\"",
    "error.choicesAre": "; {what} are {list}",
    "error.item": "item",
    "error.noSuchItem": "no {kind} {id}",
    "error.noneYet": "; there are none yet",
    "error.planHas": "; the plan has {list}",
    "error.missing": "missing {what}; usage: {usage}",
    "error.unexpected": "unexpected \"{word}\"; usage: {usage}",
    "error.unterminatedQuote": "a quote is not closed",
    "error.notANumber": "{field} must be a number, not \"{word}\"",
    "error.scoreOutOfRange": "{field} must be a whole number from 1 to 5, not \"{word}\"",
    "error.behaviourNumber": "a behaviour number is 1 to 5, not \"{word}\"",
    "error.badDate": "\"{word}\" is not a date; use YYYY-MM-DD or YYYY-MM, e.g. 2027-06-30",
    "error.badDay": "\"{word}\" is not a day; a check-in is dated YYYY-MM-DD, e.g. 2027-06-30",
    "error.badTarget": "\"{word}\" is not a target; use a number, +N% or -N%, e.g. 4 or -50%",
    "error.relativeNeedsBaseline": "a relative target needs a baseline; set it first: impact {id} baseline NUMBER",
    "error.notChosen": "behaviour {name} is not chosen; choose it first: behaviour add {name}",
    "error.alreadyChosen": "behaviour {name} is already chosen (rank it with: behaviour rank {name})",
    "error.repeated": "\"{word}\" is named twice",
    "error.emptyName": "{what} cannot be empty",
    "error.inUse#one": "cannot remove {item}: {list} refers to it",
    "error.inUse#other": "cannot remove {item}: {list} refer to it",
    "error.nothingToUndo": "nothing to undo",
    "error.nothingToRedo": "nothing to redo",
    "error.noFile": "this plan has no file yet; use: save FILE",
    "error.readOnly": "{path} is open read-only: another cnplan is writing it; use save FILE to keep a copy",
    "error.file": "{path}: {problem}",
    "error.onlyInShell": "{command} works only at the prompt",
    "error.unknownLanguage": "unknown language \"{word}\"; cnplan speaks {list}",
    "error.unwritableNumber": "impact {id} would hold a number too large to save; not changed",
    "error.planTooLarge": "the plan would be {size} MiB, over the {limit} MiB a plan file may hold; not changed",
    "error.overwriteRefused": "{path} holds another plan; not overwritten (save --force {path} overwrites it)",
    "error.cancelled": "cancelled; nothing changed",
    "error.changedElsewhere":
        "{path} was changed by another program; not overwritten "
        + "(save --force {path} overwrites it, save FILE keeps both)",
    "expected.field": "{kind} field",
    "expected.subcommand": "{kind} command or id",
    "expected.behaviourCommand": "behaviour or behaviour command",
    "expected.id": "{kind} id",
    "expected.behaviours": "behaviour names",
    "expected.behaviour": "behaviour name",
    "expected.fileName": "file name",
    "expected.exportFormat": "export format",
    "expected.step": "step (1-5)",
    "expected.showTarget": "thing to show (an id, step N, all)",
    "expected.helpTopic": "help topic",
    "expected.yesOrNo": "answer (yes or no)",

    // File problems
    "file.cannotRead": "cannot read: {reason}",
    "file.cannotWrite": "cannot write: {reason}",
    "file.notRegular": "not a regular file",
    "file.tooLarge": "larger than {n} MiB; not a plan",
    "file.empty": "empty file; not a plan",
    "file.notJSON": "not valid JSON (line {line}: {reason})",
    "file.notAPlanNotOverwritten": "exists and is not a cnplan plan; not overwritten (choose another name)",
    "json.trailingText": "unexpected text after the JSON value",
    "json.unexpectedEnd": "unexpected end of file",
    "json.unexpectedCharacter": "unexpected character",
    "json.nestedTooDeeply": "nested too deeply",
    "json.tooManyContainers": "more than {n} objects and arrays",
    "json.expectedKey": "expected a key in quotes",
    "json.duplicateKey": "key \"{key}\" appears twice",
    "json.expectedColon": "expected ':'",
    "json.expectedCommaOrBrace": "expected ',' or '}'",
    "json.expectedCommaOrBracket": "expected ',' or ']'",
    "json.badNumber": "bad number",
    "json.badUnicodeEscape": "bad \\u escape",
    "json.invalidUTF8": "invalid UTF-8 in a string",
    "json.unclosedString": "a string is not closed",
    "json.controlCharacter": "control character in a string",
    "json.badSurrogate": "bad surrogate pair",
    "json.badEscape": "bad escape",
    "format.notAnObject": "not a cnplan plan: the file is not a JSON object",
    "format.wrongFormat": "not a cnplan plan: expected \"format\": \"{format}\"",
    "format.mustBe.object": "must be an object",
    "format.mustBe.array": "must be an array",
    "format.mustBe.string": "must be a string",
    "format.mustBe.number": "must be a number",
    "format.notWhole": "must be a whole number",
    "format.versionTooNew": "version {version} is newer than this cnplan reads ({reads}); update cnplan",
    "format.unknownVersion": "unknown version {version}",
    "format.missingOrEmpty": "is missing or empty",
    "format.invalidId": "\"{id}\" is not a valid id ({prefix}1, {prefix}2, …)",
    "format.duplicateId": "id {id} appears twice",
    "format.unknownBehaviour": "unknown behaviour \"{word}\"",
    "format.unknownChoice": "unknown {what} \"{word}\"",
    "format.twice": "behaviour {name} appears twice",
    "format.notChosen": "behaviour {name} is not chosen in the plan",
    "format.noSuchItem": "{kind} {id} does not exist",
    "format.scoreRange": "must be a whole number from 1 to 5",
    "format.wholeFrom1": "must be a whole number from 1",
    "format.notARelativeTarget": "\"{word}\" is not +N% or -N%",
    "format.relativeNeedsBaseline": "a relative target needs a baseline",
    "format.notADate": "\"{word}\" is not a date (YYYY-MM-DD or YYYY-MM)",
    "format.unknownLanguage": "unknown language \"{word}\"",
    "format.resolvesPastTheLargestNumber": "resolves past the largest number",

    // The board
    "board.untitled": "(untitled plan)",
    "board.rule": "═",
    "board.none.segment": "no segments yet: segment add NAME",
    "board.none.behaviour": "no behaviours chosen yet: behaviour add NAME...",
    "board.none.concept": "no concepts yet: concept add TITLE",
    "board.none.impact": "no impacts yet: impact add METRIC",
    "board.notSet": "{what} not set",
    "board.unset": "—",
    "board.field": "{label}:",
    "board.rank": "rank",
    "board.rankN": "rank {n}",
    "board.id": "id",
    "board.baselineToTarget": "baseline → target",
    "board.change": "change",
    "board.referencedBy.segment": "served by",
    "board.referencedBy.behaviour": "used by",
    "board.referencedBy.concept": "measured by",

    // status
    "status.done": "done",
    "status.partly": "partly done",
    "status.requiredDone": "required done",
    "status.notStarted": "not started",
    "status.missing": " (missing: {list})",
    "status.next": "next: {command}   (or type guide to be walked through it)",
    "status.allDone": "all five steps are answered; run check, then export md",
    "status.barFull": "█",
    "status.barEmpty": "░",

    // check
    "check.line": "{severity} {code} {item}: {message}; fix: {fix}",
    "check.none": "no findings: the plan is complete",
    "check.errors#one": "{n} error",
    "check.errors#other": "{n} errors",
    "check.warnings#one": "{n} warning",
    "check.warnings#other": "{n} warnings",
    "check.CN101.none": "no objective",
    "check.CN101.none.fix": "objective TEXT",
    "check.CN102.none": "no data-collection goal",
    "check.CN102.none.fix": "data-goal TEXT",
    "check.CN201.none": "no customer segment",
    "check.CN201.none.fix": "segment add NAME",
    "check.CN202.noNeed": "no need: why does {name} give us time or money?",
    "check.CN202.noNeed.fix": "segment {id} need TEXT",
    "check.CN202.noValue": "no unique value offered to {name}",
    "check.CN202.noValue.fix": "segment {id} value TEXT",
    "check.CN203.noRole": "no role (consumer, partner, investor, media, government, employee, other)",
    "check.CN203.noRole.fix": "segment {id} role ROLE",
    "check.CN204.unserved": "no concept serves segment {name}",
    "check.CN204.unserved.fix": "concept CID segment {id}, or segment remove {id}",
    "check.CN301.none": "no behaviour chosen",
    "check.CN301.none.fix": "behaviour add NAME... (help behaviours)",
    "check.CN302.allFive": "all five behaviours are chosen: rank them and focus on the best value for effort",
    "check.CN302.allFive.fix": "behaviour remove NAME for the weakest",
    "check.CN303.unscored": "no value or effort score",
    "check.CN303.unscored.fix": "behaviour {behaviour} value 1-5, behaviour {behaviour} effort 1-5",
    "check.CN401.none": "no solution concept",
    "check.CN401.none.fix": "concept add TITLE",
    "check.CN402.noSegment": "no segment",
    "check.CN402.noSegment.fix": "concept {id} segment SID",
    "check.CN402.noBehaviour": "rests on no behaviour",
    "check.CN402.noBehaviour.fix": "concept {id} uses NAME...",
    "check.CN403.notChosen": "uses {behaviour}, which is not chosen",
    "check.CN403.notChosen.fix": "behaviour add {behaviour}",
    "check.CN404.lowRanked": "rests only on low-ranked behaviours",
    "check.CN404.lowRanked.fix": "concept {id} uses a top-ranked behaviour, or re-rank",
    "check.CN501.none": "no impact",
    "check.CN501.none.fix": "impact add METRIC",
    "check.CN502.noBaseline": "no baseline",
    "check.CN502.noBaseline.fix": "impact {id} baseline NUMBER",
    "check.CN502.noTarget": "no target",
    "check.CN502.noTarget.fix": "impact {id} target NUMBER|+N%|-N%",
    "check.CN503.same": "target equals baseline",
    "check.CN503.same.fix": "impact {id} target NUMBER",
    "check.CN504.shouldFall": "{metric} should fall, but the target rises",
    "check.CN504.shouldFall.fix": "check impact {id} target",
    "check.CN504.shouldRise": "{metric} should rise, but the target falls",
    "check.CN504.shouldRise.fix": "check impact {id} target",
    "check.CN505.passed": "its date {date} has passed",
    "check.CN505.passed.fix": "impact {id} by YYYY-MM-DD",
    "check.CN506.unmeasured": "no impact measures this concept",
    "check.CN506.unmeasured.fix": "impact IID concept {id}",

    // The Markdown handout
    "md.untitled": "Untitled plan",
    "md.summary.objective": "Objective:",
    "md.summary.behaviours": "Behaviours:",
    "md.summary.headline": "Headline impact:",
    "md.headline.colon": ": ",
    "md.headline.by": " by {date}",
    "md.headline.change": " ({change})",
    "md.item": "{id}: {name}",
    "md.heading.objective": "Objective",
    "md.heading.segment": "Segments",
    "md.heading.behaviour": "Behaviours",
    "md.heading.concept": "Concepts",
    "md.heading.impact": "Impact",
    "md.heading.map": "Plan map",
    "md.heading.findings": "Open findings",
    "md.none.segment": "No segments yet.",
    "md.none.behaviour": "No behaviours chosen yet.",
    "md.none.concept": "No concepts yet.",
    "md.none.impact": "No impacts yet.",
    "md.id": "Id",
    // A cell (or a value) of a handout or a report with nothing in it, one mark in every table.
    "md.empty": "—",
    "md.rank": "Rank",
    "md.behaviour": "Behaviour",
    "md.baselineToTarget": "Baseline → target",
    "md.change": "Change",
    "md.map.objective": "Objective: {text}",
    "md.map.notSet": "not set",
    "md.findings.none": "None: the plan passes every check.",
    "md.findings.fix": " (fix: {fix})",

    // The guide
    "guide.intro":
        "The guide asks what the plan is still missing. Enter skips a question; /back, /skip, /stop; "
        + "any command works with a leading /.",
    "guide.stopped": "guide stopped; type guide to go on where it stopped",
    "guide.firstQuestion": "this is the first question of this walk",
    "guide.done":
        "The guide is done: every question is answered or skipped. status shows what is left; "
        + "check looks for problems.",
    "guide.example": "e.g. {example}",
    "guide.current": "now: {value} (Enter keeps it)",
    "guide.answerPrompt": "  answer> ",
    "guide.answerAgain": "{message}; please answer again",
    "guide.expect": "please answer with {what}",
    "guide.expect.text": "some text",
    "guide.expect.score": "a whole number from 1 to 5",
    "guide.expect.number": "a number, such as {example}",
    "guide.expect.target": "a number, or a change such as -50% or +20%",
    "guide.expect.date": "a date, such as 2027-06-30 or 2027-06",
    "guide.expect.choice": "one of {list}, or its number",
    "guide.expect.behaviours": "behaviour names or numbers 1-5",
    "guide.expect.yesOrNo": "yes or no (y or n)",
    "guide.another.segment": "Another segment? (y/N)",
    "guide.another.segment.hint": "Focus wins: one or two segments are usually enough.",
    "guide.another.concept": "Another concept? (y/N)",
    "guide.another.concept.hint": "A plan may hold several concepts.",
    "guide.another.impact": "Another impact? (y/N)",
    "guide.another.impact.hint": "One metric per concept at least.",
    "guide.behaviours": "Which behaviours should the plan build on? (names or numbers, several allowed)",
    "guide.behaviours.hint": "Choose on purpose and rank by value for effort; all five is not focus.",
    "guide.behaviours.example": "access connect",
    "guide.menuSeparator": ": ",
    "guide.ranking":
        "Proposed ranking by value for effort: {list}. Enter applies it, or type the names in the order you want.",
    "guide.ranking.item": "{name} (value {value}, effort {effort})",
    "guide.ranking.hint": "The first behaviour gets the most attention in the concepts.",
    "guide.ranking.result": "ranking: {list}",

    // The prompt
    "prompt.done": "done",
    "prompt.requiredDone": "required done",
    "prompt.readOnly": "(read-only)",
    "prompt.ellipsis": "…",

    // What a change says
    "note.ok": "ok",
    "note.added": "{id} added: {name}",
    "note.chosen": "chosen: {list}",
    "note.chosenItem": "{name} (rank {rank})",
    "note.removed": "removed {id}",
    "note.rankingChanged": "ranking changed",
    "note.undone": "undone: {line}",
    "note.redone": "redone: {line}",
    "note.notSet": "(not set; {command} TEXT sets it)",
    "note.language": "language: {name}",
    "note.new": "new plan; it has no file yet: save FILE keeps it",
    "note.newTitled": "new plan \"{title}\"; it has no file yet: save FILE keeps it",
    "note.opened": "opened {path}",
    "note.openedReadOnly": "opened {path} read-only: {reason}",
    "note.savedTo": "saved to {path}; changes now go there",
    "note.saved": "saved {path}",
    "note.exported": "exported {format} to {path}",
    "history.none": "no changes in this session yet",
    "history.undone": "(undone)",

    // The interactive workbench: welcome, goodbye, recovery of an unsaved plan
    "welcome.line": ": {session}. Type guide to be walked through the five steps, help for commands; Tab completes.",
    "welcome.session": "session {file}",
    "welcome.newSession": "new session {file} (created on the first change)",
    "welcome.readOnly": ", READ-ONLY: {reason}",
    "welcome.noFile": "a new plan with no file (save FILE keeps it)",
    "goodbye.recovery": "this plan has no file; its recovery copy is {path} and cnplan offers it back next time",
    "goodbye.saved": "saved in {file}",
    "recovery.title": "\"{title}\"",
    "recovery.untitled": "an untitled plan",
    "recovery.offer": "An unsaved plan from an earlier session was kept: {title}, {segments}, {concepts}.",
    "recovery.segments#one": "{n} segment",
    "recovery.segments#other": "{n} segments",
    "recovery.concepts#one": "{n} concept",
    "recovery.concepts#other": "{n} concepts",
    "recovery.restore": "Restore it? [Y/n] ",
    "recovery.discard": "Discard it for good? [y/N] ",
    "recovery.restored": "restored; save FILE gives it a file",
    "recovery.discarded": "discarded",
    "recovery.kept": "kept for next time",

    "file.alreadyWritten": "already written from another plan of the same name; not overwritten",
    "file.heldElsewhere": "is open in another cnplan; not overwritten (quit it there first, or choose another name)",
    "file.lockUnavailable": "its lock cannot be taken: {reason}",
    "file.holdsAPlan": "holds a plan; a handout is not written over it (choose another name)",
    "file.openHere": "is the plan open here; not overwritten (export to another name; save keeps the plan)",
    "notice.included#one": "{n} change from its journal included",
    "notice.included#other": "{n} changes from its journal included",
    "notice.journalIncluded": "{file}: {restored}, {what}",
    "file.cannotWriteRecovery": "cannot write the recovery copy: {reason}",
    "readOnly.heldElsewhere": "another cnplan is writing it",
    "readOnly.lockUnavailable": "its lock {lock} cannot be taken ({reason})",
    "readOnly.fileNotWritable": "the file is read-only",
    "notice.restored#one": "{n} change from its journal restored",
    "notice.restored#other": "{n} changes from its journal restored",
    "notice.notReplayed#one": "{n} could not be replayed",
    "notice.notReplayed#other": "{n} could not be replayed",
    "notice.unreadable": "it could not be read",
    "notice.journalKept": "{file}: {restored}, {what}; the journal is kept as {kept}",
    "notice.journalStays": "{file}: {restored}, {what}; the journal stays in place",
    "notice.noRecoveryCopy": "no recovery copy can be kept in {dir} ({reason}); save FILE keeps the plan",
    "notice.noRecoveryLock":
        "no recovery copy can be kept in {dir} (its lock cannot be taken); save FILE keeps the plan",
    "notice.changedElsewhere": "{message}; this session's changes are safe in its journal",
    "notice.unfinishedWrite":
        "{file} has other names (hard links) and could not be rewritten in place ({reason}); "
        + "its new content is safe in {copy}, and cnplan copies it in at the next save or open",
    "notice.keptInJournal":
        "{message}; this session's changes are kept in {journal} and go into {file} when it is next opened",
    "notice.keptInJournalAside":
        "{file} was changed by another program; this session's changes are kept in {journal}, "
        + "which the next open of {file} sets aside as a file of its own, not folded in",
    "notice.opensMissing": "{path} does not exist: it is a new plan, created at its first change",
    "notice.undoTrimmed": "undo keeps the last {n} changes of a plan this size; older ones are dropped",
    "confirm.createMissing": "{path} does not exist; create it (on the first change)? [Y/n] ",
    "confirm.overwrite": "{path} holds the plan {plan}: overwrite it? [y/N] ",
    "confirm.leave": "this plan has no file. Leave it? [y/N] ",
    "confirm.leaveKept":
        "this plan has no file; its recovery copy {path} is offered back at the next start. Leave it? [y/N] ",
    "note.nothingOpened": "nothing opened",
    // The command line
    "cli.usage": """
    usage: cnplan [--bail] [--lang en|zh] [FILE]   the workbench on FILE (a new plan without FILE)
           cnplan [FILE] < SCRIPT                   the same commands from a pipe
           cnplan export FILE... [--format json|md|html] [--output PATH|DIR] [--lang en|zh]
           cnplan check FILE                        the plan's findings; exit 1 on an error
           cnplan present FILE [--lang en|zh]       a projector view following the session live
           cnplan --completion-script bash|zsh|fish
           cnplan diff A B [--format json]          what differs; exit 0 same, 1 different
           cnplan merge BASE OTHER... --output PATH [--theirs]   breakout plans merged into one
           cnplan report DIR [--format md|json|html] [--output PATH]   every plan of a folder at once
           cnplan --help | --version
    """,
    "cli.completionScript": "--completion-script takes {list}",
    "cli.needsValue": "{option} needs a value",
    "cli.unknownLanguage": "unknown language {word}; use {list}",
    "cli.unknownOption": "unknown option {option}",
    "cli.moreThanOneFile": "more than one file: {file}",
    "cli.scriptNotSaved":
        "the plan was not saved: it has no file; use `cnplan FILE < SCRIPT`, or end the script with `save FILE`",
    "cli.readOnly": "{file} is open in another cnplan; it is read-only here and changes will be refused",
    "cli.readOnlyBecause": "{file} cannot be written here: {reason}; it is read-only here and changes will be refused",
    "cli.checkTakesOneFile": "check takes one FILE",
    "cli.unknownFormat": "unknown format {format}; use json, md or html",
    "cli.exportNeedsFile": "export needs a FILE",
    "cli.severalNeedOutput": "exporting several files needs --output DIR",
    "cli.notAFolder": "{dir} is not a folder",

    // Help
    "help.intro": """
    cnplan walks a team through the five-step digital plan:
      1 objective  2 segment  3 behaviours  4 concept  5 impact
    Type guide to be asked the questions, or use the commands:
    """,
    "help.more": "help COMMAND shows its forms and an example; help objective, help access, … coach each step.",
    "help.example": "example:",
    "help.alsoWords": "also: {list}",
    "command.title.summary": "Show or set the plan's title.",
    "command.title.example": "title Repair in hours, not days",
    "command.objective.summary": "Step 1: the customer-facing objective this project must reach.",
    "command.objective.example": "objective Cut the time to first response on repair requests",
    "command.data-goal.summary": "Step 1: the higher-level goal for the customer data the project collects.",
    "command.data-goal.example": "data-goal Capture every repair request's product, fault and timeline",
    "command.segment.summary": "Step 2: the customer segments most related to the objective; \"\" clears a field.",
    "command.segment.example": """
    segment add Out-of-warranty owners who call the hotline
    segment s1 role consumer
    segment s1 need Fast, trustworthy repair
    """,
    "command.behaviour.summary":
        "Step 3: choose, score and rank the behaviours: access, engage, customize, connect, collaborate.",
    "command.behaviour.example": """
    behaviour add access connect
    behaviour access value 5
    behaviour rank connect access
    """,
    "command.concept.summary": "Step 4: solution concepts, each for a segment and resting on chosen behaviours.",
    "command.concept.example": """
    concept add Repair mini-app
    concept c1 segment s1
    concept c1 uses access connect
    """,
    "command.impact.summary": "Step 5: quantify the objective against the concepts. Relative targets need a baseline.",
    "command.impact.example": """
    impact add First response time
    impact i1 baseline 48
    impact i1 target -90%
    impact i1 by 2027-06-30
    """,
    "command.guide.summary":
        "Walk through the questions not answered yet. /back, /skip, /stop; any command with a leading /.",
    "command.guide.example": "guide\nguide step 3",
    "command.status.summary": "The five steps at a glance and the next thing to do.",
    "command.status.example": "status",
    "command.show.summary": "The plan, one step or one item as a readable board.",
    "command.show.example": "show\nshow step 3\nshow c1",
    "command.check.summary": "Findings: errors and warnings, each with a code and a fix.",
    "command.check.example": "check",
    "command.undo.summary": "Take back the last change (back to the session's start).",
    "command.undo.example": "undo",
    "command.redo.summary": "Make an undone change again.",
    "command.redo.example": "redo",
    "command.history.summary": "The changes made in this session.",
    "command.history.example": "history",
    "command.new.summary": "Start a new plan with no file.",
    "command.new.example": "new Clinic follow-up",
    "command.open.summary": "Open a session or an exported plan; changes are saved to it.",
    "command.open.example": "open workshop.json",
    "command.save.summary": "Save; with FILE, save there and keep working there. --force overwrites another plan.",
    "command.save.example": "save workshop.json",
    "command.export.summary": "The plan as JSON, or a handout in Markdown or HTML; to the screen without FILE.",
    "command.export.example": "export md handout.md",
    "command.lang.summary": "Show or switch the interface language, at once.",
    "command.lang.example": "lang zh\nlang en",
    "command.help.summary": "This help; topics: each step, each behaviour, participation, stages, forms, examples.",
    "command.help.example": "help access",
    "command.quit.summary": "Leave (also Ctrl-D). Every change is already saved.",
    "command.quit.example": "quit",
    "help.topic.objective": """
    Step 1, objective (设定面向客户的服务目标)
    Name the customer-facing result this project must reach, from its core need: faster
    response to customers, higher satisfaction, more sharing. Good objectives name a
    customer outcome you can later measure in step 5, not an internal activity.
    Also set a data-collection goal (数据采集目标): the customer data the project should
    capture, an asset that informs later decisions.
      objective Cut the time to first response on repair requests
      data-goal Capture every repair request's product, fault and timeline
    """,
    "help.topic.segment": """
    Step 2, customer segment (顾客选择)
    Pick the segment most related to the objective: to speed up response, the customers
    whose responses are slowest; to raise satisfaction, the least satisfied; to cut churn,
    those who leave most. Network members are not only consumers: partners, investors,
    media, government and employees count too.
    Then say why they give you time or money (need), what unique value you offer them
    (value), and what keeps them from taking part (barriers).
      segment add Out-of-warranty owners who call the hotline
      segment s1 role consumer
    """,
    "help.topic.behaviours": """
    Step 3, behaviour modes (行为模式选择), the heart of the method
    Each behaviour answers a customer need of the digital age:
      access 接入       fast, simple, anywhere, any time (mobile, omnichannel, on demand)
      engage 参与       content and experiences worth their attention; shaping the brand
      customize 定制    the offer fitted to each customer's needs and choices
      connect 联结      customers connecting with each other and with you
      collaborate 合作  customers working with you on open platforms, co-creating
    Choose on purpose; more than one is fine, all five is not focus. Score each for value
    and effort (1-5) and rank them by value for effort.
      behaviour add access connect
      behaviour access value 5
    """,
    "help.topic.concept": """
    Step 4, solution concept (方案生成)
    Put objective, segment and behaviours together and think anew: which solution, for
    which segment, resting on which behaviours, reaches the objective? Say what it gives
    the customer and what it gives the organisation. A plan may hold several concepts.
      concept add Repair mini-app with live engineer tracking
      concept c1 uses access connect
    """,
    "help.topic.impact": """
    Step 5, impact (定义影响)
    Quantify step 1's objective against each concept: from what baseline to what target,
    in what unit, by when. A relative target (-50%, +20%) is resolved against the baseline.
    Targets that can be checked are what show whether the concepts serve the objective.
      impact add First response time
      impact i1 baseline 48
      impact i1 target 4
      impact i1 unit hours
      impact i1 by 2027-06-30
    """,
    "help.topic.access": """
    access 接入: the need for fast, simple, flexible service, anywhere and any time.
    Strategies: a mobile app or mini-app instead of a counter; omnichannel service where
    web, phone and store hand customers to each other; on-demand service such as online
    registration or remote counters. It needs a micro-app platform and an omnichannel portal.
    """,
    "help.topic.engage": """
    engage 参与: the need for content and experiences worth one's attention, and to take part
    in making a product or brand.
    Strategies: interactive campaigns and games on big platforms; topic discussions on social
    media; inviting customers into product or brand stories.
    """,
    "help.topic.customize": """
    customize 定制: the need for an offer that fits one's own needs and choices.
    Strategies: configurable products and services; personal recommendations from customer
    data; letting customers set how and when they are served.
    """,
    "help.topic.connect": """
    connect 联结: the need to connect with other customers and with the firm, to share ideas
    and opinions.
    Strategies: customer communities and forums; reviews and tips customers give each other;
    social media channels where the firm answers visibly.
    """,
    "help.topic.collaborate": """
    collaborate 合作: the need to work with the firm on open platforms and co-create.
    Strategies: an ideas site where customers propose and vote; beta-test groups that report
    each week; Q&A communities where customers both ask and answer; workshops with key customers.
    """,
    "help.topic.examples": """
    Example plans, in the examples/ folder of cnplan, each with the guide answers that make it:
      appliance-repair.json       service: a home-appliance maker cuts the first response to repair requests
      neighbourhood-grocer.json   retail and community: a grocer turns neighbours into recommenders
      clinic-follow-up.json       public sector: a city clinic improves follow-up after discharge
    Open one with: open examples/appliance-repair.json
    Replay its workshop with: cnplan < examples/appliance-repair.answers
    """,
    // Issue 15, how customers take part: a concept's feedback loop.
    "field.concept.feedback.label": "feedback",
    "field.concept.feedback.heading": "Feedback loop:",
    "field.concept.feedback.question": "How does the customer hear back from {item}?",
    "field.concept.feedback.hint": """
    Customers who speak up and never hear back stop taking part: say who answers, how fast, and \
    the statuses they see.
    """,
    "field.concept.feedback.example": "Every request shows its status: needs more info, answered, resolved or pending",
    // Issue 15, how customers take part: relationship stage, interaction area, form and channel.
    "choice.stage": "stage",
    "choice.stage.plural": "stages",
    "choice.stage.attract": "attention",
    "choice.stage.permit": "permission",
    "choice.stage.participate": "participation",
    "choice.stage.satisfy": "satisfaction",
    "choice.stage.loyal": "loyalty",
    "choice.area": "area",
    "choice.area.plural": "areas",
    "choice.area.innovation": "product and service innovation",
    "choice.area.marketing": "marketing and promotion",
    "choice.area.transaction": "transaction and payment",
    "choice.area.service": "service and support",
    "choice.form": "form",
    "choice.form.plural": "forms",
    "choice.form.games": "games and giveaways",
    "choice.form.discussion": "topic discussions",
    "choice.form.ideas": "calls for ideas",
    "choice.form.testing": "experience testing",
    "choice.form.cocreation": "face-to-face co-creation",
    "choice.channel": "channel",
    "choice.channel.plural": "channels",
    "choice.channel.online": "online",
    "choice.channel.offline": "offline",
    "choice.channel.both": "online and offline",
    "field.segment.stage.label": "stage",
    "field.segment.stage.heading": "Stage",
    "field.segment.stage.question": "Where does {item} stand in its relationship with you?",
    "field.segment.stage.hint": """
    One of: {list}. Attention: they have just noticed you; permission: they leave real details and \
    come back; participation: they take part; satisfaction: quality, service and price keep them; \
    loyalty: they stay and bring others. Keeping a customer costs far less than winning a new one.
    """,
    "field.segment.stage.example": "permit",
    "field.concept.area.label": "area",
    "field.concept.area.heading": "Where customers and the firm meet:",
    "field.concept.area.question": "Where do customers and you meet in {item}?",
    "field.concept.area.hint": """
    One or more of: {list}. Innovation: customers shape products (an ideas site where they vote); \
    marketing: they spread the word (a sharing campaign); transaction: they buy and pay (one-tap \
    payment); service: they get help (a Q&A community where customers answer each other).
    """,
    "field.concept.area.example": "service innovation",
    "field.concept.form.label": "form",
    "field.concept.form.heading": "Form of interaction:",
    "field.concept.form.question": "How deeply do customers take part in {item}?",
    "field.concept.form.hint": """
    From shallow to deep: {list}. Games and giveaways catch attention (a red-packet shake); topic \
    discussions get people talking; calls for ideas let them propose and vote; experience testing has \
    a user group try it and report each week; face-to-face co-creation brings key customers into a \
    maker salon or an innovation workshop.
    """,
    "field.concept.form.example": "testing",
    "field.concept.channel.label": "channel",
    "field.concept.channel.heading": "Channel:",
    "field.concept.channel.question": "Through which channel does {item} reach customers?",
    "field.concept.channel.hint":
        "One of: {list}. Start online; combine online and offline where trust is built face to face.",
    "field.concept.channel.example": "online",
    // Issue 15: checks that coach participation.
    "check.CN205.tooEarly": """
    segment {name} has only just noticed you, yet concept {concept} asks it to work with you: \
    people at the attract stage will not co-create yet; earn their permission and a first, light \
    part to play, then invite them deeper
    """,
    "check.CN205.tooEarly.fix":
        "concept {concept} form discussion for now, or segment {id} stage permit once they are further",
    "check.CN405.shallow": """
    rests on {behaviour}, but customers only play or chat: a giveaway or a discussion thread does not \
    let them make anything with you, and {behaviour} needs that; give them a real part, such as a call \
    for ideas, a test group or a co-creation session
    """,
    "check.CN405.shallow.fix": "concept {id} form ideas, testing or cocreation",
    "check.CN406.noLoop": """
    rests on {behaviour}, but does not say how customers hear back: people who speak up and never hear \
    back stop taking part; answer visibly and show each contribution's status (needs more information, \
    answered, resolved, pending)
    """,
    "check.CN406.noLoop.fix": "concept {id} feedback TEXT",
    "check.CN407.oneArea": """
    every concept sits in the same area of interaction: customers also meet you in innovation, \
    marketing, transaction and service, and a concept in another area can reach members these never do
    """,
    "check.CN407.oneArea.fix": "concept CID area AREA... for a concept in another area, if the objective allows",
    // Issue 15: help on how customers take part.
    "help.topic.participation": """
    How customers take part (顾客参与)
    In a customer network the customer is the key influencer: a concept works when members take
    part, not when they are only told. For each concept, say
      area      where you meet: product and service innovation, marketing and promotion,
                transaction and payment, service and support (several may apply);
      form      how deeply they take part, from games and giveaways to co-creation (help forms);
      channel   online, offline or both: online first, in person where trust is built;
      feedback  how they hear back, and the statuses they see: customers who speak up and
                never hear back stop taking part.
    For each segment, say where it stands in the relationship (help stages).
      concept c1 area service innovation
      concept c1 form ideas
      concept c1 feedback Every idea shows its status: needs more info, answered, resolved, pending
    """,
    "help.topic.stages": """
    Customer relationship stages (顾客关系阶段), one at a time:
      attract      they have just noticed you (a campaign, a giveaway)
      permit       they leave real details and come back (they register, they opt in)
      participate  they take part: they review, answer, propose
      satisfy      quality, service and price keep them
      loyal        they stay, in habit, attitude and feeling, held by financial, social and
                   structural benefits and the cost of switching; they bring others
    Winning a customer costs five to eight times as much as keeping one. Ask no more of a
    segment than its stage allows: people who have just noticed you will not co-create yet.
      segment s1 stage permit
    """,
    "help.topic.forms": """
    Forms of interaction (互动形式), from shallow to deep:
      games       games and giveaways on big platforms (a red-packet shake)
      discussion  topic discussions on social platforms
      ideas       calls for opinions and ideas (an ideas site where customers vote)
      testing     experience testing (a user group that tries it and reports every week)
      cocreation  face-to-face co-creation with key customers (maker salons, workshops)
    Shallow forms draw attention; engage and collaborate need customers to make something with
    you, so give them at least a call for ideas, and go deeper as the relationship does.
      concept c1 form testing
    """,

    // Breakout groups: diff and merge
    "command.diff.summary": "What differs between this plan and another plan file, item by item.",
    "command.diff.example": "diff table-a.json",
    "command.merge.summary":
        "Bring in another plan's items: new ones get ids here, matches are filled, conflicts listed.",
    "command.merge.example": "merge table-a.json\nmerge table-b.json concepts --theirs",
    "diff.thisPlan": "this plan",
    "diff.heading": "From {a} to {b}:",
    "diff.same": "The plans are the same.",
    "diff.added": "added",
    "diff.removed": "removed",
    "diff.changed": "changed",
    "diff.otherId": " ({id} there)",
    "diff.field": "{label}: {old} → {new}",
    "diff.summary": "Added: {added}, removed: {removed}, changed: {changed}.",
    "merge.heading": "Merging {file} into this plan:",
    "merge.new": "new",
    "merge.from": " (from {id} there)",
    "merge.fill": "fill {item}: {label} {value}",
    "merge.conflict": "conflict {item}: {label} here {ours}, there {theirs}; {outcome}",
    "merge.keepsOurs": "keeps this plan's value",
    "merge.takesTheirs": "takes their value",
    "merge.counts": "new {new}, filled {filled}, conflicts {conflicts}",
    "merge.nothing": "{file} brings nothing new; the plan stays as it is.",
    "merge.keepsAll": "The plan stays as it is, with its own values; merge with --theirs to take theirs.",
    "merge.ask": "Merge? (y/N) ",
    "merge.cancelled": "Not merged; nothing changed.",
    "merge.historyLine": "{line}  ({counts})",
    "merge.done": "Merged {file}; one undo takes all of it back.",
    "error.mergeNeedsYes": "nothing merged: a script cannot answer, so add --yes to merge without asking",
    "board.origin": "from",
    "board.originValue": "{file}, {id} there",
    "cli.diffTakesTwoFiles": "diff takes two files: cnplan diff A B [--format json]",
    "cli.diffFormat": "diff writes text or json, not {format}",
    "cli.mergeNeedsFiles": "merge takes a base plan, one or more other plans and --output PATH",

    // The HTML handout
    "html.lang": "en",
    "html.kicker": "Customer-network digital plan",
    "html.sentenceSeparator": " ",
    "html.summary.objective": "The team’s objective: {objective}.",
    "html.summary.segments": "Who it is for: {segments}.",
    "html.summary.behaviours": "The behaviours it rests on: {behaviours}.",
    "html.summary.concepts": "What the team proposes: {concepts}.",
    "html.summary.impacts": "How success is measured: {impacts}.",
    "html.summary.impactSeparator": "; ",
    "html.summary.empty": "Nothing is planned yet: the five steps are still open.",
    "html.quoted": "“{text}”",
    "html.matrix.behaviour": "Value and effort of the behaviours",
    "html.matrix.concept": "Value and effort of the concepts",
    "html.matrix.unscored": "Not scored: {items}",
    "html.matrix.quickWins": "Quick wins",
    "html.matrix.bigBets": "Big bets",
    "html.matrix.fillIns": "Fill-ins",
    "html.matrix.moneyPits": "Money pits",
    "html.finding": "{item}: {message}",
    "html.footer.source": "From {file}, made with cnplan; findings as of {date}.",
    "html.footer.unsaved": "From a plan not saved to a file, made with cnplan; findings as of {date}.",

    // The room: who was there, concept scores, the value/effort matrix, dot voting (issue 13)
    "field.concept.value.label": "value",
    "field.concept.value.heading": "Value:",
    "field.concept.value.question": "How much value does {item} bring to the objective? (1-5, Enter skips)",
    "field.concept.value.hint": "5 is most. Scores place the concept on the value/effort matrix.",
    "field.concept.value.example": "5",
    "field.concept.effort.label": "effort",
    "field.concept.effort.heading": "Effort:",
    "field.concept.effort.question": "How much effort does {item} take to deliver? (1-5, Enter skips)",
    "field.concept.effort.hint": "5 is most.",
    "field.concept.effort.example": "2",
    "field.plan.participants.label": "participants",
    "field.plan.participants.question": "Who took part?",
    "field.plan.participants.hint": "Names separated by commas.",
    "field.plan.participants.example": "Wang Wei, Li Na, Zhang Min",
    "field.plan.facilitator.label": "facilitator",
    "field.plan.facilitator.question": "Who facilitated the workshop?",
    "field.plan.facilitator.hint": "One name.",
    "field.plan.facilitator.example": "Chen Jing",
    "field.plan.organisation.label": "organisation",
    "field.plan.organisation.question": "For which organisation is this plan?",
    "field.plan.organisation.hint": "The firm, department or unit.",
    "field.plan.organisation.example": "Service department",
    "field.plan.date.label": "date",
    "field.plan.date.question": "On which day was the workshop?",
    "field.plan.date.hint": "By default, the day of the plan's first change.",
    "field.plan.date.example": "2026-11-23",
    "command.participants.summary": "Who was in the room: names separated by commas.",
    "command.participants.example": "participants Wang Wei, Li Na, Zhang Min, Zhao Lei",
    "command.facilitator.summary": "Who facilitated the workshop.",
    "command.facilitator.example": "facilitator Chen Jing",
    "command.organisation.summary": "The organisation the plan is for.",
    "command.organisation.example": "organisation Home-appliance service department",
    "command.date.summary": "The workshop's day; by default the day of the plan's first change.",
    "command.date.example": "date 2026-11-23",
    "command.matrix.summary": "The value/effort matrix: behaviours (the default) or concepts placed by their scores.",
    "command.matrix.example": "matrix\nmatrix concepts",
    "command.vote.summary":
        "Dot voting: open a round, enter a show of hands or one participant's dots, close it to see the result.",
    "command.vote.example": "vote on concepts --dots 3\nvote Wang c1 c1 c3\nvote c1 4 c2 1\nvote close",
    "expected.subject": "concepts or behaviours",
    "expected.count": "a number of votes",
    "expected.voteItems": "the items given dots",
    "error.vote.noOpenRound": "no vote is open; start one with `vote on concepts`",
    "error.vote.roundOpen": "a vote on {subject} is open; close it first with `vote close`",
    "error.vote.overBudget": "{name} gave {n} dots, but each participant has {budget}",
    "error.vote.notInRound": "{item} is not one of the {subject} of this plan",
    "error.vote.noClosedRound": "no closed vote to order by; close one with `vote close`",
    "error.vote.notAParticipant": "{name} is not among the participants ({list}); add them with `participants` first",
    "error.vote.notAParticipantNear": "{name} is not among the participants ({list}); did you mean {nearest}?",
    "error.vote.noVotesCast":
        "nobody voted in this round, so there is nothing to order by; `vote close` closes it as it is",
    "error.vote.notACount": "{word} is not a number of votes",
    "error.vote.nothingToCount": "nothing to count: name the items and their votes",
    "choice.subject": "vote subject",
    "matrix.title.behaviours": "Value and effort: behaviours",
    "matrix.title.concepts": "Value and effort: concepts",
    "matrix.axis.value": "value",
    "matrix.axis.effort": "effort",
    "matrix.quadrant.quickWins": "Quick wins",
    "matrix.quadrant.bigBets": "Big bets",
    "matrix.quadrant.fillIns": "Fill-ins",
    "matrix.quadrant.moneyPits": "Money pits",
    "matrix.unscored": "Not scored yet: {list}",
    "matrix.inQuadrant": "{quadrant}: {list}",
    "matrix.more": "…",
    "vote.subject.concepts": "concepts",
    "vote.subject.behaviours": "behaviours",
    "vote.opened":
        "Vote on {subject} open: {list}. Enter a show of hands (`vote c1 4 c2 1`) or one participant's dots.",
    "vote.openedWithBudget":
        "Vote on {subject} open, {n} dots each: {list}. "
        + "Enter each participant's dots (`vote NAME c1 c1 c3`) or a show of hands.",
    "vote.tallied#one": "Tally of {n} item recorded.",
    "vote.tallied#other": "Tallies of {n} items recorded.",
    "vote.dotsTaken#one": "{name}: {n} dot recorded ({voters} voted so far).",
    "vote.dotsTaken#other": "{name}: {n} dots recorded ({voters} voted so far).",
    "vote.applied.concepts": "Concepts ordered by the vote: {list}",
    "vote.applied.behaviours": "Behaviours ranked by the vote: {list}",
    "vote.none": "No vote is open. Start one with `vote on concepts` or `vote on behaviours`.",
    "vote.progress": "Vote on {subject} open since {date}; the counts stay hidden until `vote close`.",
    "vote.progress.voters#one": "{n} participant has voted: {list}",
    "vote.progress.voters#other": "{n} participants have voted: {list}",
    "vote.result": "Vote on {subject}, {date}",
    "vote.result.budget": ", {n} dots each",
    "vote.result.voters#one": ", {n} participant",
    "vote.result.voters#other": ", {n} participants",
    "vote.tie": "(tie)",
    "vote.offer.concepts": "Order the concepts by this result? Enter accepts, n keeps the order.",
    "vote.offer.behaviours": "Rank the behaviours by this result? Enter accepts, n keeps the ranking.",
    "vote.offer.kept": "Order kept; `vote apply` orders by the vote later.",
    "vote.hiddenDots#one": " ({n} dot, shown when the round closes)",
    "vote.hiddenDots#other": " ({n} dots, shown when the round closes)",
    "md.room.participants": "Participants:",
    "md.room.facilitator": "Facilitator:",
    "md.room.organisation": "Organisation:",
    "md.room.date": "Date:",
    "md.heading.matrix": "Value and effort",
    "md.matrix.scores": " (value {value}, effort {effort})",
    "md.matrix.separator": "; ",
    "md.matrix.lowEffort": "Low effort (1-2)",
    "md.matrix.highEffort": "High effort (3-5)",
    "md.matrix.highValue": "High value (3-5)",
    "md.matrix.lowValue": "Low value (1-2)",
    "md.heading.votes": "Votes",
    "md.votes.item": "Item",
    "md.votes.votes": "Votes",
    "md.votes.participants": "Voted: {list}",
    // Timeboxes: `timer`, the countdown in the prompt, the guide's suggestion
    "command.timer.summary": "A timebox for the room: it counts down in the prompt and rings the bell at zero.",
    "command.timer.example": """
    timer 7m ideas
    timer 90s
    timer
    timer stop
    timer defaults 3 20m
    """,
    "error.badDuration": "\"{word}\" is not a length of time; use 7m, 90s, 1h or 1h30m",
    "expected.duration": "length of time (7m, 90s, 1h)",
    "duration.hours": "{n} h",
    "duration.minutes": "{n} min",
    "duration.seconds": "{n} s",
    "duration.separator": " ",
    "timer.started": "timebox of {duration} started; the prompt counts down",
    "timer.startedLabelled": "timebox of {duration} started for {label}; the prompt counts down",
    "timer.left": "{time} left of {duration}",
    "timer.leftLabelled": "{label}: {time} left of {duration}",
    "timer.up": "time is up ({duration})",
    "timer.upLabelled": "time is up for {label} ({duration})",
    "timer.stopped": "timer stopped with {time} left",
    "timer.none": "no timer running; timer {typed} starts the {duration} suggested for step {n}, {step}",
    "timer.defaults": "the timebox the guide suggests as each step begins (timer defaults STEP DURATION changes one):",
    "timer.suggest": "timebox for this step: {duration}; /timer {typed} starts it",
    "timer.prompt": "{time}",
    "timer.promptLabelled": "{label} {time}",

    // The projector view: `cnplan present FILE`
    "cli.presentTakesOneFile": "present takes one FILE",
    "wall.step": "STEP {n} OF 5: {name}",
    "wall.done": "ALL FIVE STEPS ANSWERED",
    "wall.requiredDone": "EVERY REQUIRED ANSWER IS IN",
    "wall.track.current": "[{n} {name}]",
    "wall.moreLines": "… {n} more lines",
    "wall.timer": "timebox",
    "wall.timer.head": "{label}, {duration}",
    "wall.timer.up": "TIME IS UP",
    "wall.ink": "█",
    "wall.latest": "latest: {change}",
    "wall.moreChanges": "… {n} more changes",
    "wall.change.added": "added {item}",
    "wall.change.removed": "removed {item}",
    "wall.change.set": "{item} {field}: {value}",
    "wall.change.setPlan": "{field}: {value}",
    "wall.change.cleared": "{item} {field} cleared",
    "wall.change.clearedPlan": "{field} cleared",
    "wall.change.ranked": "new ranking: {list}",
    "wall.footer": "following {file}; q closes this view",
    "wall.waiting": "waiting for {file}: the session creates it on its first change",

    // After the workshop: check-ins, progress against targets, and the portfolio report
    "error.noCheckIn": "impact {id} has no check-in on {date}",
    "expected.actual": "the measured number",
    "checkIn.actual.label": "actual",
    "expected.day": "a day (YYYY-MM-DD)",
    "command.progress.summary": "Every impact against its target: its latest check-in, and on track or not.",
    "command.progress.example": """
    impact i1 actual 30 on 2027-01-15 note after the app launch
    impact i1 actual remove 2027-01-15
    progress
    """,
    "progress.none": "no impacts yet: impact add METRIC",
    "progress.head": "{id}  {metric}  {change}  ",
    "progress.noCheckIn": "no check-in yet (impact {id} actual NUMBER)",
    "progress.latest": "{value} on {date}  {percent} of the way  {state}  {spark}",
    "progress.percent": "{n}%",
    "progress.spark": "▁▂▃▄▅▆▇█",
    "progress.state.reached": "reached",
    "progress.state.ahead": "ahead",
    "progress.state.onTrack": "on track",
    "progress.state.behind": "behind",
    "progress.state.missed": "missed",
    "progress.state.unknown": "—",
    "progress.status": "progress: {list}",
    "progress.status.item": "{n} {state}",
    "progress.status.unmeasured#one": "{n} not measured",
    "progress.status.unmeasured#other": "{n} not measured",
    "md.heading.progress": "Progress",
    "md.progress.metric": "Metric",
    "md.progress.latest": "Latest actual",
    "md.progress.percent": "Of the way",
    "md.progress.state": "State",
    "md.progress.latestOn": "{value} ({date})",
    "check.CN511.unchecked": "the target date {date} has passed without a check-in on or after it",
    "check.CN511.unchecked.fix": "impact {id} actual NUMBER on YYYY-MM-DD",
    "check.CN512.stale": "no check-in since {date}, more than {days} days ago",
    "check.CN512.stale.fix": "impact {id} actual NUMBER",
    "check.CN512.never": "no check-in since the plan started on {date}, more than {days} days ago",
    "check.CN512.never.fix": "impact {id} actual NUMBER",
    "check.CN513.allBehind": "all {n} of its impacts are behind: rethink the concept, not only the figures",
    "check.CN513.allBehind.fix": "progress, then concept {id} description TEXT or impact IID target NUMBER",
    "report.usage": "usage: cnplan report DIR [--format md|json|html] [--output PATH] [--lang en|zh]",
    "report.notAFolder": "{dir} is not a folder",
    "report.title": "Portfolio of plans in {dir}",
    "report.count.plans#one": "{n} plan read",
    "report.count.plans#other": "{n} plans read",
    "report.count.skipped#one": "{n} file skipped",
    "report.count.skipped#other": "{n} files skipped",
    "report.count.impacts#one": "{n} impact",
    "report.count.impacts#other": "{n} impacts",
    "report.plans": "Plans",
    "report.file": "File",
    "report.planTitle": "Title",
    "report.date": "Date",
    "report.completeness": "Steps done",
    "report.errors": "Open errors",
    "report.impacts": "Impacts across plans, behind first",
    "report.plan": "Plan",
    "report.behaviours": "Behaviours",
    "report.chosen": "Chosen",
    "report.shareOfPlans": "Of all plans",
    "report.rankedFirst": "Ranked first",
    "report.roles": "Segment roles",
    "report.role": "Role",
    "report.segments": "Segments",
    "report.noRole": "(no role)",
    "report.areas": "Interaction areas",
    "report.area": "Area",
    "report.concepts": "Concepts",
    "report.skipped": "Skipped files",
    "report.reason": "Reason",
    "report.none": "none",
    "report.html.kicker": "Customer-network digital plans",
    "report.html.counts": "{list}.",
    "report.html.states": "Impacts by state: {list}.",
    "report.html.chart": "Baseline, latest check-in and target",
    "report.html.baseline": "Baseline",
    "report.html.latest": "Latest",
    "report.html.target": "Target",
    "report.html.footer": "Made with cnplan on {date}; each impact’s state is as of that day.",
]
