import { expect, test, type Locator, type Page } from "@playwright/test";
import { createPartner, getPartnerRow, touchPartner } from "./factories";
import { signIn, uniqueName } from "./fixtures";

type TStage = "CONTACTED" | "MET" | "AGREEMENT_SIGNED" | "PUBLISHED";

const column = (page: Page, stage: TStage) => page.getByTestId(`column-${stage}`);
const card = (scope: Page | Locator, name: string) => scope.getByTestId("board-card").filter({ hasText: name });
const handle = (page: Page, name: string) => card(page, name).getByRole("button", { name, exact: true });
const notice = (page: Page) => page.getByTestId("board-notice");

/** The board filtered to one partner, so other data (demo or other tests) never gets in the way. */
async function openBoardFor(page: Page, name: string) {
  await page.goto(`/board?q=${encodeURIComponent(name)}`);
  await expect(card(page, name)).toBeVisible();
}

/** A real pointer drag: press on the handle, pass the 5 px activation distance, glide to the column, drop. */
async function dragToColumn(page: Page, name: string, stage: TStage) {
  const from = (await handle(page, name).boundingBox())!;
  const to = (await column(page, stage).boundingBox())!;
  const x = from.x + from.width / 2;
  const y = from.y + from.height / 2;
  await page.mouse.move(x, y);
  await page.mouse.down();
  await page.mouse.move(x + 12, y + 4, { steps: 4 });
  await expect(handle(page, name)).toHaveAttribute("aria-pressed", "true");
  await page.mouse.move(to.x + to.width / 2, to.y + 90, { steps: 15 });
  await page.mouse.up();
}

async function moveViaMenu(page: Page, name: string, stageLabel: string) {
  await page.getByRole("button", { name: `Aktionen für ${name}` }).click();
  await page.getByRole("menuitem", { name: stageLabel, exact: true }).click();
}

test.beforeEach(async ({ page }) => {
  await signIn(page);
});

test("dragging a card with the mouse moves it and the move is in the stage history", async ({ page }) => {
  const partner = await createPartner({ name: uniqueName("Lesecafé Ziehtest"), stage: "CONTACTED", withMeeting: true });
  await openBoardFor(page, partner.name);
  await expect(card(column(page, "CONTACTED"), partner.name)).toBeVisible();

  await dragToColumn(page, partner.name, "MET");
  await expect(notice(page)).toContainText(`„${partner.name}“ ist jetzt in „Kennengelernt“.`);
  await expect(card(column(page, "MET"), partner.name)).toBeVisible();

  await page.reload();
  await expect(card(column(page, "MET"), partner.name)).toBeVisible();
  await expect(card(column(page, "CONTACTED"), partner.name)).toHaveCount(0);
  await expect(column(page, "MET").getByTestId("column-count")).toHaveText("1");

  await card(page, partner.name).getByRole("link", { name: "Partner öffnen" }).click();
  await expect(page.getByRole("heading", { level: 1, name: partner.name })).toBeVisible();
  await expect(page.getByTestId("stage-history")).toContainText("Kontakt aufgenommen → Kennengelernt");
});

test("a blocked move shows why and leaves the card where it was", async ({ page }) => {
  const partner = await createPartner({ name: uniqueName("Stadtteilzentrum Ohnetreffen"), stage: "CONTACTED" });
  await openBoardFor(page, partner.name);
  await expect(card(page, partner.name).getByTestId("blockers")).toContainText("kein Treffen erfasst");

  // By drag …
  await dragToColumn(page, partner.name, "MET");
  await expect(notice(page)).toContainText(`„${partner.name}“ kann nicht nach „Kennengelernt“: kein Treffen erfasst`);
  await expect(card(column(page, "CONTACTED"), partner.name)).toBeVisible();
  await expect(card(column(page, "MET"), partner.name)).toHaveCount(0);

  // … and by the menu.
  await moveViaMenu(page, partner.name, "Kennengelernt");
  await expect(notice(page)).toContainText("kein Treffen erfasst");
  await expect(card(column(page, "CONTACTED"), partner.name)).toBeVisible();

  await page.reload();
  await expect(card(column(page, "CONTACTED"), partner.name)).toBeVisible();
  await expect(card(column(page, "MET"), partner.name)).toHaveCount(0);
  expect((await getPartnerRow(partner.id)).stage).toBe("CONTACTED");
});

test("a card can be moved with the keyboard alone", async ({ page }) => {
  const partner = await createPartner({ name: uniqueName("Bibliothek Tastatur"), stage: "CONTACTED", withMeeting: true });
  await openBoardFor(page, partner.name);

  const h = handle(page, partner.name);
  await h.focus();
  await page.keyboard.press("Space");
  await expect(h).toHaveAttribute("aria-pressed", "true");
  await page.keyboard.press("ArrowRight");
  // dnd-kit announces the column under the card; drop only once it is there.
  await expect(page.locator('[id^="DndLiveRegion"]')).toContainText(`„${partner.name}“ über Spalte „Kennengelernt“.`);
  await page.keyboard.press("Space");

  await expect(notice(page)).toContainText(`„${partner.name}“ ist jetzt in „Kennengelernt“.`);
  await expect(card(column(page, "MET"), partner.name)).toBeVisible();
  await page.reload();
  await expect(card(column(page, "MET"), partner.name)).toBeVisible();
  expect((await getPartnerRow(partner.id)).stage).toBe("MET");
});

test("moving back needs a reason, which ends up in the stage history", async ({ page }) => {
  const partner = await createPartner({ name: uniqueName("Jobcenter Rückschritt"), stage: "MET", withMeeting: true });
  await openBoardFor(page, partner.name);
  await expect(card(column(page, "MET"), partner.name)).toBeVisible();

  await moveViaMenu(page, partner.name, "Kontakt aufgenommen");
  const dialog = page.getByRole("dialog", { name: "Zurückstufen begründen" });
  await expect(dialog).toBeVisible();
  await expect(dialog).toContainText(`„${partner.name}“ geht zurück von „Kennengelernt“ nach „Kontakt aufgenommen“.`);

  await dialog.getByRole("button", { name: "Zurückstufen" }).click();
  await expect(dialog.getByRole("alert")).toHaveText("Bitte begründen Sie das Zurückstufen (mindestens 3 Zeichen).");
  await expect(dialog.getByLabel("Begründung")).toHaveAttribute("aria-invalid", "true");
  await expect(card(column(page, "MET"), partner.name)).toBeVisible();

  // Cancelling leaves the card alone, and the dialog opens clean the next time.
  await dialog.getByLabel("Begründung").fill("x");
  await dialog.getByRole("button", { name: "Abbrechen" }).click();
  await expect(dialog).toBeHidden();
  await expect(card(column(page, "MET"), partner.name)).toBeVisible();
  await moveViaMenu(page, partner.name, "Kontakt aufgenommen");
  await expect(dialog.getByLabel("Begründung")).toHaveValue("");
  await expect(dialog.getByRole("alert")).toHaveCount(0);
  await dialog.getByLabel("Begründung").fill("ab");
  await dialog.getByRole("button", { name: "Zurückstufen" }).click();
  await expect(dialog.getByRole("alert")).toHaveText("Bitte begründen Sie das Zurückstufen (mindestens 3 Zeichen).");

  const reason = "Ansprechperson hat gewechselt, neues Treffen nötig";
  await dialog.getByLabel("Begründung").fill(reason);
  await dialog.getByRole("button", { name: "Zurückstufen" }).click();
  await expect(dialog).toBeHidden();
  await expect(notice(page)).toContainText(`„${partner.name}“ ist jetzt in „Kontakt aufgenommen“.`);
  await expect(card(column(page, "CONTACTED"), partner.name)).toBeVisible();

  await page.reload();
  await expect(card(column(page, "CONTACTED"), partner.name)).toBeVisible();
  await page.goto(`/partners/${partner.id}`);
  const history = page.getByTestId("stage-history");
  await expect(history).toContainText("Kennengelernt → Kontakt aufgenommen");
  await expect(history).toContainText(reason);
});

test("board filters live in the URL and survive a reload", async ({ page }) => {
  const prefix = uniqueName("Filterprobe");
  const core = await createPartner({ name: `${prefix} Kern`, circle: "CORE" });
  const extended = await createPartner({ name: `${prefix} Weit`, circle: "EXTENDED" });

  await page.goto("/board");
  // Labels wrap their controls, so a select's accessible name also holds its current option ("Kreis Alle").
  const search = page.getByRole("search").getByRole("searchbox");
  const circle = page.getByRole("search").getByRole("combobox", { name: /^Kreis/ });
  await search.fill(prefix);
  await search.press("Enter");
  await expect(page).toHaveURL((url) => url.searchParams.get("q") === prefix);
  await expect(card(page, core.name)).toBeVisible();
  await expect(card(page, extended.name)).toBeVisible();

  await circle.selectOption("CORE");
  await expect(page).toHaveURL((url) => url.searchParams.get("q") === prefix && url.searchParams.get("circle") === "CORE");
  await expect(card(page, core.name)).toBeVisible();
  await expect(card(page, extended.name)).toHaveCount(0);

  await page.reload();
  await expect(search).toHaveValue(prefix);
  await expect(circle).toHaveValue("CORE");
  await expect(page).toHaveURL((url) => url.searchParams.get("q") === prefix && url.searchParams.get("circle") === "CORE");
  await expect(card(page, core.name)).toBeVisible();
  await expect(card(page, extended.name)).toHaveCount(0);
  await expect(page.getByTestId("board-card")).toHaveCount(1);
});

test("the move menu moves a card forward", async ({ page }) => {
  const partner = await createPartner({ name: uniqueName("Familienzentrum Menü"), stage: "CONTACTED", withMeeting: true });
  await openBoardFor(page, partner.name);
  await expect(card(page, partner.name)).toContainText("Bereit für „Kennengelernt“");

  await moveViaMenu(page, partner.name, "Kennengelernt");
  await expect(notice(page)).toContainText(`„${partner.name}“ ist jetzt in „Kennengelernt“.`);
  await expect(card(column(page, "MET"), partner.name)).toBeVisible();

  await page.reload();
  await expect(card(column(page, "MET"), partner.name)).toBeVisible();
  expect(await getPartnerRow(partner.id)).toEqual({ stage: "MET", version: 2 });
});

test("a move on a stale board is refused and offers a refresh", async ({ page }) => {
  const partner = await createPartner({ name: uniqueName("Volkshochschule Veraltet"), stage: "CONTACTED", withMeeting: true });
  await openBoardFor(page, partner.name);

  await touchPartner(partner.id, { followUpNote: "Rückruf vereinbart" }); // someone else saves the partner meanwhile
  await dragToColumn(page, partner.name, "MET");
  await expect(notice(page)).toContainText("Dieser Partner wurde inzwischen von jemand anderem geändert.");
  const refresh = notice(page).getByRole("button", { name: "Aktualisieren" });
  await expect(refresh).toBeVisible();
  await expect(card(column(page, "CONTACTED"), partner.name)).toBeVisible();
  await expect(card(column(page, "MET"), partner.name)).toHaveCount(0);
  expect(await getPartnerRow(partner.id)).toEqual({ stage: "CONTACTED", version: 2 });

  // After "Aktualisieren" the board knows the new version, and the move goes through.
  await expect(card(page, partner.name)).not.toContainText("Rückruf vereinbart");
  await refresh.click();
  await expect(refresh).toBeHidden();
  await expect(card(page, partner.name)).toContainText("Rückruf vereinbart");
  await moveViaMenu(page, partner.name, "Kennengelernt");
  await expect(notice(page)).toContainText(`„${partner.name}“ ist jetzt in „Kennengelernt“.`);
  await expect(card(column(page, "MET"), partner.name)).toBeVisible();
  expect(await getPartnerRow(partner.id)).toEqual({ stage: "MET", version: 3 });
});
