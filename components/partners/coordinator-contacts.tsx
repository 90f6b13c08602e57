"use client";
import { addContactAction, setPrimaryContactAction, updateContactAction } from "@/lib/actions/contacts/save-contact";
import { ContactsList, type TContactRow } from "./contacts-list";
import { InviteButton } from "./invite-button";

/** The coordinator's contact list: full edit rights, plus inviting a contact to the portal. */
export function CoordinatorContacts({ partnerId, contacts, readOnly, accountEmails }: { partnerId: string; contacts: TContactRow[]; readOnly: boolean; accountEmails: string[] }) {
  return (
    <ContactsList
      partnerId={partnerId}
      contacts={contacts}
      readOnly={readOnly}
      actions={{ add: addContactAction, update: updateContactAction, setPrimary: setPrimaryContactAction }}
      extra={(c) => (c.email && !readOnly && !accountEmails.includes(c.email.toLowerCase()) ? <InviteButton partnerId={partnerId} email={c.email} name={c.name} /> : null)}
    />
  );
}
