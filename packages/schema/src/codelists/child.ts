/**
 * Codelists of the best interests procedure for children: procedure, trigger, priority, durable solutions
 * and family tracing.
 */
import { defineCodelist } from "./define.js";

export const biaProcedure = defineCodelist({
  name: "biaProcedure",
  title: "Best interests procedure",
  description: "The step of the best interests procedure that a best interests document records.",
  open: false,
  source: "UNHCR Best Interests Procedure Guidelines (2021)",
  // biome-ignore format: codelist rows stay one per line
  rows: [
    ["biaShort", "Short best interests assessment", "A brief assessment of the child's situation and immediate needs, used to plan first actions."],
    ["biaComprehensive", "Comprehensive best interests assessment", "A full assessment of the child's situation across all areas of life, with the child's views."],
    ["bid", "Best interests determination", "A formal decision by a multidisciplinary panel on the child's best interests, for example on a durable solution."],
    ["bidReview", "Best interests determination review", "A review of an earlier determination, after new facts or when the decision is challenged."],
  ],
});
export type BiaProcedure = (typeof biaProcedure.codes)[number];

export const biaTrigger = defineCodelist({
  name: "biaTrigger",
  title: "Best interests assessment trigger",
  description: "The decision or situation that calls for a best interests assessment or determination.",
  open: true,
  source: "UNHCR Guidelines on Determining the Best Interests of the Child (2008); Open TRM",
  // biome-ignore format: codelist rows stay one per line
  rows: [
    ["durableSolution", "Durable solution", "A lasting solution for the child must be found."],
    ["temporaryCare", "Temporary care", "A temporary care arrangement for the child must be decided."],
    ["separationFromParents", "Separation from parents", "Separating the child from their parents against their will is being considered."],
    ["returnToCountryOfOrigin", "Return to country of origin", "The child's return to their country of origin is being considered.", "Open TRM"],
    ["transnationalTransfer", "Transnational transfer", "The child's case is to be transferred to another country.", "Open TRM"],
    ["other", "Other", "Another situation calls for the assessment.", "Open TRM"],
  ],
});
export type BiaTrigger = (typeof biaTrigger.codes)[number];

export const biaPriority = defineCodelist({
  name: "biaPriority",
  title: "Best interests assessment priority",
  description: "How soon a best interests assessment must be carried out.",
  open: false,
  source: "Primero BIA case_priority",
  // biome-ignore format: codelist rows stay one per line
  rows: [
    ["within48Hours", "Within 48 hours", "The assessment must be done within two days because the child is at serious risk.", 'Primero case_priority "2_days"'],
    ["withinOneWeek", "Within one week", "The assessment must be done within seven days.", 'Primero case_priority "1_week"'],
    ["within30Days", "Within 30 days", "The assessment must be done within a month.", 'Primero case_priority "30_days"'],
    ["notUrgent", "Not urgent", "No particular deadline applies.", 'Primero case_priority "non_urgent"'],
  ],
});
export type BiaPriority = (typeof biaPriority.codes)[number];

export const durableSolutionOption = defineCodelist({
  name: "durableSolutionOption",
  title: "Durable solution option",
  description:
    "An option for the child's long-term care and place of living, considered or chosen in a best interests procedure.",
  open: false,
  source: "Primero best_interest_recommendation; UNHCR durable solutions",
  // biome-ignore format: codelist rows stay one per line
  rows: [
    ["localIntegration", "Local integration", "The child settles permanently in the country where they are now.", 'Primero "local_integration"'],
    ["maintainCurrentArrangement", "Maintain current arrangement", "The child stays in their present care arrangement.", 'Primero "maintain_change_current_arrangements"'],
    ["changeCurrentArrangement", "Change current arrangement", "The child moves to a different care arrangement in the same country.", 'Primero "maintain_change_current_arrangements"'],
    ["familyReunification", "Family reunification", "The child is reunited with parents or other family members, wherever they live.", 'Primero "reunification"'],
    ["returnToCountryOfOrigin", "Return to country of origin", "The child returns to their country of origin, with reception and care arranged there.", 'Primero "repatriation"'],
    ["resettlementToThirdCountry", "Resettlement to a third country", "The child is moved to and settles in another country that agrees to receive them.", 'Primero "resettlement_to_3rd_country"'],
    ["other", "Other", "Another option not listed here.", "Open TRM"],
  ],
});
export type DurableSolutionOption = (typeof durableSolutionOption.codes)[number];

export const familyTracingStatus = defineCodelist({
  name: "familyTracingStatus",
  title: "Family tracing status",
  description: "How far the search for a child's family has progressed.",
  open: false,
  source: "Primero lookup-tracing-status (adapted)",
  // biome-ignore format: codelist rows stay one per line
  rows: [
    ["notStarted", "Not started", "Tracing has been requested but no search has begun.", "Open TRM"],
    ["inProgress", "In progress", "The search for family members is under way.", 'Primero "tracing_in_progress"'],
    ["located", "Located", "One or more family members have been found and their identity checked.", 'Primero "verified"'],
    ["reunified", "Reunified", "The child has been reunited with the family.", 'Primero "reunified"'],
    ["closed", "Closed", "Tracing has ended without reunification, for example because it was unsuccessful or no longer in the child's interest.", 'Primero "closed"'],
  ],
});
export type FamilyTracingStatus = (typeof familyTracingStatus.codes)[number];
