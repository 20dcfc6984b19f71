// A policy compiled against one document type's field tree, once: the operation of every leaf and the containers
// that a pointer rule drops whole, in arrays indexed by node slot, so that the walk looks nothing up by name.
import type { DocumentTypeName } from "@open-trm/schema/data";
import { type FieldNode, fieldTree } from "./fields.js";
import { compileOperation, type LeafOperation } from "./operations.js";
import { operations, type Policy } from "./policy.js";
import { ruleFor } from "./templates.js";

/** What a policy does at each node of one document type's tree, by node slot. */
export interface Plan {
  /** The operation of each leaf (the longest matching pointer rule, else the leaf's class), as its index in
   * `operations`: the walk counts operations in an array. */
  readonly ops: readonly number[];
  /** The operation of each leaf, bound to the leaf. */
  readonly apply: readonly LeafOperation[];
  /** Whether a pointer rule names this object or array, which then goes whole where it may. */
  readonly dropsWhole: readonly boolean[];
}

const plans = new WeakMap<Policy, Map<DocumentTypeName, Plan>>();

type Building = { ops: number[]; apply: LeafOperation[]; dropsWhole: boolean[] };

function fill(node: FieldNode, policy: Policy, plan: Building): void {
  const pointers = policy.pointers ?? {};
  if (node.kind === "leaf") {
    const op = ruleFor(pointers, node.template) ?? policy.classes[node.sensitivity];
    plan.ops[node.slot] = operations.indexOf(op);
    plan.apply[node.slot] = compileOperation(op, node);
    return;
  }
  plan.dropsWhole[node.slot] = Object.hasOwn(pointers, node.template) && pointers[node.template] === "drop";
  if (node.kind === "list") fill(node.item, policy, plan);
  else for (const member of node.members.values()) fill(member.node, policy, plan);
}

/**
 * The plan of a (validated) policy for a document type, compiled on first use and kept as long as the policy.
 * @example
 * const { ops } = planOf(builtInPolicies.research, "victimProfile");
 */
export function planOf(policy: Policy, type: DocumentTypeName): Plan {
  let byType = plans.get(policy);
  if (!byType) {
    byType = new Map();
    plans.set(policy, byType);
  }
  let plan = byType.get(type);
  if (!plan) {
    const building: Building = { ops: [], apply: [], dropsWhole: [] };
    fill(fieldTree(type), policy, building);
    plan = building;
    byType.set(type, plan);
  }
  return plan;
}
