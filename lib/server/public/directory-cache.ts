import "server-only";
import { revalidatePath, unstable_cache } from "next/cache";
import { loadPublicDirectory } from "./directory";

/** Seconds after which the directory is re-read even without a revalidation (changes that do not call revalidatePublicDirectory). */
export const DIRECTORY_REVALIDATE_SECONDS = 60;
export const DIRECTORY_TAG = "public-directory";

/**
 * The directory from Next's data cache, for the JSON feed. Entries read while
 * serving a path carry that path as implicit tag, so revalidatePath("/partner")
 * and revalidatePath("/api/public/partners") expire them at once.
 */
export const getCachedPublicDirectory = unstable_cache(loadPublicDirectory, ["public-directory-v1"], {
  revalidate: DIRECTORY_REVALIDATE_SECONDS,
  tags: [DIRECTORY_TAG],
});

/** Call after any change that affects what the public directory shows (publish, consent, profile, archive). */
export function revalidatePublicDirectory() {
  revalidatePath("/partner");
  revalidatePath("/api/public/partners");
}
