"use server";

import { defineAction } from "@/lib/actions/define-action";
import { createFirstAdmin } from "@/lib/setup/first-run";
import { firstAdminInput } from "@/lib/users/model";

export const setupFirstAdminAction = defineAction(firstAdminInput, createFirstAdmin);
