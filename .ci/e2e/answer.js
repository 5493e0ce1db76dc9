// Answering a quiz question on its page as a learner would, from the answer planned with key.js.
const { norm } = require('./key');

// Gives a planned answer (key.js `plan`) on a question page, finding each option, prompt, gap and item by
// its text in the page's language.
async function answer(page, fieldset, { q, answer: a }) {
  const labelOf = async (el) => norm(await el.textContent());
  const pick = async (select, wanted) => {
    const texts = (await select.locator('option').allTextContents()).map(norm);
    const index = texts.indexOf(wanted);
    if (index < 0) throw new Error(`${q.id}: no choice "${wanted}" among ${JSON.stringify(texts)}`);
    await select.selectOption({ index });
  };
  const byLabel = (kind, text) => {
    const id = q.labels[kind].get(text);
    if (!id) throw new Error(`${q.id}: "${text}" is none of the bank's ${kind}`);
    return id;
  };
  const text = (kind, id) => [...q.labels[kind]].find(([, i]) => i === id)[0];
  switch (q.type) {
    case 'single': case 'multiple':
      for (const option of await fieldset.locator('label.option').all()) {
        const id = byLabel('options', await labelOf(option.locator('span')));
        if (q.type === 'single' ? a.choice === id : a.choices.has(id)) await option.locator('input').check();
      }
      break;
    case 'true-false':
      await fieldset.locator(`input[type=radio][value="${a.value}"]`).check();
      break;
    case 'short': case 'numerical':
      await fieldset.locator('input[type=text]').fill(a.text);
      break;
    case 'matching':
      for (const pair of await fieldset.locator('div.pair').all()) {
        const left = byLabel('left', await labelOf(pair.locator('label')));
        await pick(pair.locator('select'), text('right', a.map[left]));
      }
      break;
    case 'gap-fill':
      for (const select of await fieldset.locator('p.gaps select').all()) {
        // A gap is known by its choices (the first is the empty prompt).
        const texts = (await select.locator('option').allTextContents()).map(norm).slice(1);
        const gap = Object.keys(q.gaps).find((g) => texts.every((t) => q.gapLabels[g].has(t)));
        if (!gap) throw new Error(`${q.id}: a gap with the choices ${JSON.stringify(texts)} is not in the bank`);
        const wanted = [...q.gapLabels[gap]].find(([, o]) => o === a.map[gap])[0];
        await pick(select, wanted);
      }
      break;
    case 'ordering':
      for (const pair of await fieldset.locator('div.pair').all()) {
        const item = byLabel('items', await labelOf(pair.locator('label')));
        await pair.locator('select').selectOption(String(a.order.indexOf(item) + 1));
      }
      break;
    default: throw new Error(`${q.id}: cannot answer a ${q.type} question`);
  }
}

module.exports = { answer };
