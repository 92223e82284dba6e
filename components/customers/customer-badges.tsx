import type { CustomerSettingsLists } from "./customer-attribute-fields";
import { Chip } from "./chip";

/** Status, class and tag chips of one customer, resolved against the current lists. */
export function CustomerBadges({
  customer,
  lists,
}: {
  customer: { statusId: number; classId: number | null; tagIds: number[] };
  lists: CustomerSettingsLists;
}) {
  const status = lists.statuses.find((s) => s.id === customer.statusId);
  const cls = customer.classId ? lists.classes.find((c) => c.id === customer.classId) : undefined;
  return (
    <div className="flex flex-wrap items-center gap-1.5">
      {status && <Chip color={status.color}>{status.name}</Chip>}
      {cls && <Chip color={cls.color}>{cls.name}</Chip>}
      <TagChips tagIds={customer.tagIds} tags={lists.tags} />
    </div>
  );
}

export function TagChips({ tagIds, tags }: { tagIds: number[]; tags: CustomerSettingsLists["tags"] }) {
  return (
    <>
      {tagIds.map((id) => {
        const tag = tags.find((t) => t.id === id);
        return tag ? (
          <Chip key={id} color={tag.color} className="rounded-md">
            {tag.name}
          </Chip>
        ) : null;
      })}
    </>
  );
}
