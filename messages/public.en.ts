import type { TPublicMessages } from "./public.de";

export const publicEn: TPublicMessages = {
  public: {
    placeholder: "—",
  },
  feedback: {
    placeholder: "—",
  },
};
