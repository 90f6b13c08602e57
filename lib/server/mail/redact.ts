import { de } from "@/messages/de";

// Stored mail texts are German, like the mails.
export const LINK_REMOVED = de.mail.linkRemoved;

/** `text` with every occurrence of the secret link replaced by a note. */
export const redactSecret = (text: string, secret: string) => (secret ? text.split(secret).join(LINK_REMOVED) : text);
