import "server-only";
import { customerClasses, customers, statuses } from "@/db/schema";
import { moveClassCustomers, moveStatusCustomers, type MoveCustomers } from "./customer-moves";
import { ORDERED_LIST_TEXT, type OrderedListKind, type OrderedListText } from "@/lib/customer-settings/model/inputs";

export type OrderedTable = typeof statuses | typeof customerClasses;

/** Where one ordered list lives and how its customers are moved when an item is deleted. */
export type OrderedList = OrderedListText & {
  kind: OrderedListKind;
  table: OrderedTable;
  /** audit_log.entity */
  entity: string;
  customerColumn: typeof customers.statusId | typeof customers.classId;
  moveCustomers: MoveCustomers;
};

export const ORDERED_LISTS: Record<OrderedListKind, OrderedList> = {
  status: {
    ...ORDERED_LIST_TEXT.status,
    kind: "status",
    table: statuses,
    entity: "status",
    customerColumn: customers.statusId,
    moveCustomers: moveStatusCustomers,
  },
  class: {
    ...ORDERED_LIST_TEXT.class,
    kind: "class",
    table: customerClasses,
    entity: "customer_class",
    customerColumn: customers.classId,
    moveCustomers: moveClassCustomers,
  },
};
