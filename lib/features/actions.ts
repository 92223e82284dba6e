"use server";

import { defineAction } from "@/lib/actions/define-action";
import { setFeatureEnabled, setFeatureInput } from "@/lib/features/mutations";

// The whole app's menu depends on flags: refresh every page.
export const setFeatureAction = defineAction(setFeatureInput, setFeatureEnabled, { revalidate: ["/"] });
