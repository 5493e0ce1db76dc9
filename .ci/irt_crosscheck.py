"""Cross-check `ispit placement estimate` against girth (an established IRT package): MLE and EAP; a
difference beyond the stated tolerances fails (exit code 1).
usage: crosscheck.py ISPIT_BINARY"""
import json, subprocess, sys
import numpy as np
from girth import ability_mle, ability_eap

rng = np.random.default_rng(7)
n_items, n_people = 25, 300
a = rng.uniform(0.7, 1.8, n_items); b = rng.uniform(-2.5, 2.5, n_items)
theta = rng.normal(0, 1.2, n_people)
p = 1 / (1 + np.exp(-a[:, None] * (theta[None, :] - b[:, None])))
data = (rng.uniform(size=p.shape) < p).astype(int)
items = {"items": [{"id": f"i{k}", "a": float(a[k]), "b": float(b[k])} for k in range(n_items)]}
patterns = {"patterns": [{"id": f"p{j}", "item_ids": [f"i{k}" for k in range(n_items)],
                          "responses": [int(x) for x in data[:, j]]} for j in range(n_people)]}
json.dump(items, open("items.json", "w")); json.dump(patterns, open("responses.json", "w"))
out = json.loads(subprocess.run([sys.argv[1], "placement", "estimate", "--items", "items.json",
                                 "--responses", "responses.json"], capture_output=True, text=True, check=True).stdout)
ours = out["results"]
mle = ability_mle(data, b, a, no_estimate=np.nan)
# girth's EAP uses Gauss-Legendre nodes; with many nodes it converges on the exact integral, which our fine
# uniform grid also approximates.
eap = ability_eap(data, b, a, options={"quadrature_bounds": (-4, 4), "quadrature_n": 161})
# catR's eapEst (and the definition): a uniform grid of 81 points on [-4, 4] with N(0, 1) weights.
grid = np.linspace(-4, 4, 81)
lik = np.ones((n_people, grid.size))
for k in range(n_items):
    pk = 1 / (1 + np.exp(-a[k] * (grid - b[k])))
    lik *= np.where(data[k][:, None] == 1, pk[None, :], 1 - pk[None, :])
post = lik * np.exp(-grid ** 2 / 2)[None, :]
post /= post.sum(axis=1, keepdims=True)
eap_grid = post @ grid
psd_grid = np.sqrt((post * (grid[None, :] - eap_grid[:, None]) ** 2).sum(axis=1))
grid_diff = max(max(abs(r["eap"] - e) for r, e in zip(ours, eap_grid)), max(abs(r["psd"] - s) for r, s in zip(ours, psd_grid)))
# girth's Gauss-Legendre rule integrates over [-4, 4] exactly to ~1e-13 (161 and 321 nodes agree to 2e-14).
# Our grid gives every point, the two ends included, a full step's weight. Where the posterior vanishes at
# +-4 that rule is as exact as Gauss-Legendre (the two agree to ~1e-13 on most patterns); the only known
# difference comes from the posterior weight p0 + pn left at the two ends (patterns all or nearly all right or
# wrong), which can move the mean by at most half that weight times the grid's width of 8 (4 (p0 + pn)), plus
# the trapezoid's own end error, of the same order: a bound of 8 (p0 + pn) + 1e-6 per pattern. On this data
# the largest difference is 3.5e-3 on the all-right pattern (bound 2.2e-2), and no pattern comes near its
# bound; a prior variance of 1.2 instead of 1 moves the EAP by 1.7e-2 on the median pattern, whose bound is
# 1e-6.
ends = post[:, 0] + post[:, -1]
eap_bound = 8 * ends + 1e-6
eap_ratio = max(abs(r["eap"] - e) / t for r, e, t in zip(ours, eap, eap_bound))
mle_diff = max(abs(r["mle"] - m) for r, m in zip(ours, mle) if r["mle"] is not None and not np.isnan(m) and abs(m) < 5)
eap_diff = max(abs(r["eap"] - e) for r, e in zip(ours, eap))
nulls_agree = all((r["mle"] is None) == (data[:, j].sum() in (0, n_items)) for j, r in enumerate(ours))
print(f"{n_people} patterns of {n_items} 2PL items")
print(f"MLE vs girth.ability_mle: max |difference| {mle_diff:.2e}")
print(f"EAP and PSD vs the 81-point uniform grid of catR's eapEst: max |difference| {grid_diff:.2e}")
print(f"EAP vs girth.ability_eap (161-point Gauss-Legendre, a different quadrature): max |difference| {eap_diff:.2e}, "
      f"at most {eap_ratio:.2f} of the per-pattern bound 8 (p0 + pn) + 1e-6")
print(f"null MLE exactly for all-right and all-wrong patterns: {nulls_agree}")
sys.exit(0 if mle_diff < 1e-3 and grid_diff < 1e-3 and eap_ratio <= 1 and nulls_agree else 1)
