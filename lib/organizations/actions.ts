"use server";

import { defineAction } from "@/lib/actions/define-action";
import {
  createOrganizationInput,
  deleteOrganizationInput,
  organizationIdInput,
  organizationOptionsInput,
  updateOrganizationInput,
} from "@/lib/organizations/model";
import { createOrganization, deleteOrganization, updateOrganization } from "@/lib/organizations/mutations";
import { getOrganization, listOrganizationMembers, organizationOptions } from "@/lib/organizations/queries";
import { timelineInput } from "@/lib/timeline/model";
import { timelinePage } from "@/lib/timeline/queries";

const revalidate = ["/organizations", "/customers"];

export const createOrganizationAction = defineAction(createOrganizationInput, createOrganization, { revalidate });
export const updateOrganizationAction = defineAction(updateOrganizationInput, updateOrganization, { revalidate });
export const deleteOrganizationAction = defineAction(deleteOrganizationInput, deleteOrganization, { revalidate });
export const organizationOptionsAction = defineAction(organizationOptionsInput, organizationOptions);
export const organizationQuickLookAction = defineAction(organizationIdInput, async ({ id }) => {
  const [detail, members, timeline] = await Promise.all([
    getOrganization(id),
    listOrganizationMembers(id),
    timelinePage({ organizationId: id }),
  ]);
  return { detail, members, timeline };
});
export const organizationTimelineAction = defineAction(timelineInput, ({ id, cursor }) => timelinePage({ organizationId: id }, cursor));
