"use client";
import { ContactsList, type TContactRow } from "@/components/partners/contacts-list";
import { portalAddContactAction, portalUpdateContactAction } from "@/lib/actions/portal/save-contact";

export function PortalContacts(props: { partnerId: string; contacts: TContactRow[]; readOnly: boolean }) {
  return <ContactsList {...props} actions={{ add: portalAddContactAction, update: portalUpdateContactAction }} />;
}
