// German texts of the public side (join page, directory, widget) and the feedback channel.
export const publicDe = {
  public: {
    placeholder: "—",
  },
  feedback: {
    placeholder: "—",
  },
};

type DeepStrings<T> = { [K in keyof T]: T[K] extends string ? string : DeepStrings<T[K]> };
export type TPublicMessages = DeepStrings<typeof publicDe>;
