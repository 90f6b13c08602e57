import "server-only";
import type { TPartnerInput } from "@/lib/validations/partner";
import { emptyToNull } from "@/lib/validations/common";
import { germanSortKey } from "@/lib/domain/sort-name";

/** Maps validated form input to the stored columns ("" → null, sort key); fields of work are rows (PartnerFieldOfWork). */
export function toPartnerColumns(input: TPartnerInput) {
  return {
    kind: input.kind,
    name: input.name.trim(),
    sortName: germanSortKey(input.name),
    circle: input.circle,
    street: emptyToNull(input.street),
    postalCode: emptyToNull(input.postalCode),
    city: emptyToNull(input.city),
    website: emptyToNull(input.website),
    email: emptyToNull(input.email)?.toLowerCase() ?? null,
    phone: emptyToNull(input.phone),
    notes: emptyToNull(input.notes),
  };
}
