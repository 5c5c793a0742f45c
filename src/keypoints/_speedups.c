/* Optional compiled loops for the steps of `brief` where Python's per-call and per-item overhead was most of
 * the cost (README "Compiled loops"). Each has Python/numpy code that is its reference and its fallback,
 * and a test that the two agree:
 *   tfidf_columns  features.tfidf_columns: TF-IDF cosines, LexRank, ranks over sparse sentence vectors
 *   forest_raw     forest.Forest.raw_numpy: the trees walked without branches
 *   set_rows       sets.set_features' numpy code: each candidate set's features
 *   cue_columns    features.cue_columns: digits, quotes, questions, word cues
 *   term_ids       records.Document.body_terms: content words as vocabulary ids
 *   punkt_spans    nupunkt 0.8.0's span_tokenize for segment._Punkt, ported step for step
 * Plain C API, no numpy headers: arrays come in through the buffer protocol; every index read from an
 * argument is checked first, so bad input raises instead of reading astray. */
#define PY_SSIZE_T_CLEAN
#include <Python.h>
#include <math.h>
#include <stdlib.h>
#include <string.h>

/* Rows of `out`, in this order (features.TFIDF_FEATURES). */
enum { N_CONTENT, MEAN_IDF, MAX_IDF, CENTRAL, CENTRAL_RANK, COS_LEAD, COS_FIRST, LEXRANK, LEXRANK_RANK,
       NOVELTY, N_ROWS };

/* ---- the ranker's TF-IDF features --------------------------------------------------------------- */

/* tfidf_columns' sums run in another order than numpy's, so they agree to the last few bits of a double,
 * far below the float32 the ranker reads (centrality is ranked rounded: features.CENTRALITY_DECIMALS). */

static int cmp_long(const void *a, const void *b) {
    long x = *(const long *)a, y = *(const long *)b;
    return (x > y) - (x < y);
}

/* rank[i] = the place of values[i] in descending order, ties in index order (numpy's stable argsort of
 * -values, inverted). */
static void descending_ranks(const double *values, Py_ssize_t n, double *rank) {
    for (Py_ssize_t i = 0; i < n; i++) {
        Py_ssize_t r = 0;
        double v = values[i];
        for (Py_ssize_t j = 0; j < n; j++) {
            if (values[j] > v || (values[j] == v && j < i)) r++;
        }
        rank[i] = (double)r;
    }
}

/* Dot product of two sparse vectors with ascending ids. */
static double sparse_dot(const long *ia, const double *va, Py_ssize_t na, const long *ib, const double *vb,
                         Py_ssize_t nb) {
    double s = 0.0;
    Py_ssize_t a = 0, b = 0;
    while (a < na && b < nb) {
        if (ia[a] < ib[b]) a++;
        else if (ia[a] > ib[b]) b++;
        else s += va[a++] * vb[b++];
    }
    return s;
}

static PyObject *tfidf_columns(PyObject *self, PyObject *args) {
    PyObject *content;
    Py_ssize_t n, lead;
    Py_buffer idf_buf, out_buf;
    double threshold, damping, scale, central_scale;
    int iterations;
    if (!PyArg_ParseTuple(args, "Ony*w*nddidd", &content, &n, &idf_buf, &out_buf, &lead, &threshold, &damping,
                          &iterations, &scale, &central_scale))
        return NULL;
    PyObject *result = NULL;
    PyObject *seq = NULL;
    long *ids = NULL, *uid = NULL;
    double *w = NULL, *colsum = NULL, *leadsum = NULL, *sim = NULL, *p = NULL, *q = NULL, *deg = NULL;
    Py_ssize_t *off = NULL, *cnt = NULL, *first = NULL, *link = NULL;
    const double *idf = (const double *)idf_buf.buf;
    Py_ssize_t used = idf_buf.len / (Py_ssize_t)sizeof(double);
    double *out = (double *)out_buf.buf;

    if (out_buf.len < (Py_ssize_t)(N_ROWS * n * sizeof(double))) {
        PyErr_SetString(PyExc_ValueError, "out holds fewer than 10 x n doubles");
        goto done;
    }
    seq = PySequence_Fast(content, "content must be a sequence of lists of ints");
    if (seq == NULL) goto done;
    if (PySequence_Fast_GET_SIZE(seq) < n) {
        PyErr_SetString(PyExc_ValueError, "content holds fewer than n sentences");
        goto done;
    }
    memset(out, 0, N_ROWS * n * sizeof(double));
    if (n == 0) {
        result = Py_NewRef(Py_None);
        goto done;
    }
    PyObject **rows = PySequence_Fast_ITEMS(seq);
    Py_ssize_t total = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        if (!PyList_Check(rows[i])) {
            PyErr_SetString(PyExc_TypeError, "each sentence's ids must be a list");
            goto done;
        }
        total += PyList_GET_SIZE(rows[i]);
    }
    ids = malloc((total + 1) * sizeof(long));
    uid = malloc((total + 1) * sizeof(long));
    w = malloc((total + 1) * sizeof(double));
    off = malloc((n + 1) * sizeof(Py_ssize_t));
    cnt = malloc((n + 1) * sizeof(Py_ssize_t));
    colsum = calloc(used + 1, sizeof(double));
    leadsum = calloc(used + 1, sizeof(double));
    sim = calloc((size_t)n * n, sizeof(double));
    p = malloc(n * sizeof(double));
    q = malloc(n * sizeof(double));
    deg = malloc(n * sizeof(double));
    first = malloc((n + 1) * sizeof(Py_ssize_t));
    link = malloc((size_t)n * n * sizeof(Py_ssize_t));
    if (!ids || !uid || !w || !off || !cnt || !colsum || !leadsum || !sim || !p || !q || !deg || !first || !link) {
        PyErr_NoMemory();
        goto done;
    }
    double *row = out;
    /* Per sentence: its tokens' IDF mean and max (in token order, as numpy's bincount sums them), then its
     * distinct ids ascending with count x IDF weights, normalised to unit length. */
    Py_ssize_t at = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *list = rows[i];
        Py_ssize_t len = PyList_GET_SIZE(list);
        double sum = 0.0, top = 0.0;
        for (Py_ssize_t k = 0; k < len; k++) {
            long id = PyLong_AsLong(PyList_GET_ITEM(list, k));
            if (id == -1 && PyErr_Occurred()) goto done;
            if (id < 0 || id >= used) {
                PyErr_SetString(PyExc_IndexError, "term id outside the IDF vector");
                goto done;
            }
            ids[at + k] = id;
            sum += idf[id];
            if (idf[id] > top) top = idf[id];
        }
        row[N_CONTENT * n + i] = (double)len;
        row[MEAN_IDF * n + i] = sum / (double)(len > 1 ? len : 1);
        row[MAX_IDF * n + i] = top;
        qsort(ids + at, len, sizeof(long), cmp_long);
        Py_ssize_t u = 0;
        off[i] = at;
        for (Py_ssize_t k = 0; k < len; k++) {
            if (u > 0 && uid[at + u - 1] == ids[at + k]) {
                w[at + u - 1] += 1.0;
            } else {
                uid[at + u] = ids[at + k];
                w[at + u] = 1.0;
                u++;
            }
        }
        cnt[i] = u;
        double norm = 0.0;
        for (Py_ssize_t k = 0; k < u; k++) {
            double x = w[at + k] * idf[uid[at + k]];
            w[at + k] = x;
            colsum[uid[at + k]] += x;
            if (i < lead) leadsum[uid[at + k]] += x;
            norm += x * x;
        }
        norm = sqrt(norm);
        if (norm == 0.0) norm = 1.0;
        for (Py_ssize_t k = 0; k < u; k++) w[at + k] /= norm;
        at += len;
    }
    /* Cosine of each sentence to the whole body and to the lead (the sums of their weight vectors). */
    double col_norm = 0.0, lead_norm = 0.0;
    for (Py_ssize_t v = 0; v < used; v++) {
        col_norm += colsum[v] * colsum[v];
        lead_norm += leadsum[v] * leadsum[v];
    }
    col_norm = sqrt(col_norm);
    lead_norm = sqrt(lead_norm);
    for (Py_ssize_t i = 0; i < n; i++) {
        double c = 0.0, l = 0.0;
        for (Py_ssize_t k = 0; k < cnt[i]; k++) {
            c += w[off[i] + k] * colsum[uid[off[i] + k]];
            l += w[off[i] + k] * leadsum[uid[off[i] + k]];
        }
        row[CENTRAL * n + i] = col_norm != 0.0 ? c / col_norm : 0.0;
        row[COS_LEAD * n + i] = lead_norm != 0.0 ? l / lead_norm : 0.0;
    }
    /* Sentence x sentence cosines, the diagonal left at 0. */
    for (Py_ssize_t i = 0; i < n; i++) {
        for (Py_ssize_t j = i + 1; j < n; j++) {
            double s = sparse_dot(uid + off[i], w + off[i], cnt[i], uid + off[j], w + off[j], cnt[j]);
            sim[i * n + j] = s;
            sim[j * n + i] = s;
        }
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        row[COS_FIRST * n + i] = sim[i * n];
        double best = 0.0;
        for (Py_ssize_t j = 0; j < i; j++) {
            if (sim[i * n + j] > best) best = sim[i * n + j];
        }
        row[NOVELTY * n + i] = best;
    }
    /* LexRank: links above the threshold, each row divided by its degree (at least 1), then `iterations`
     * steps p <- (1 - d) / n + d T'p from the uniform p; n * p, rounded to `scale` (10^decimals). */
    /* The links as lists (most pairs are not linked): link[first[i] .. first[i + 1]) are i's neighbours. */
    Py_ssize_t linked = 0;
    for (Py_ssize_t i = 0; i < n; i++) {
        first[i] = linked;
        for (Py_ssize_t j = 0; j < n; j++) {
            if (sim[i * n + j] > threshold) link[linked++] = j;
        }
        deg[i] = linked > first[i] ? (double)(linked - first[i]) : 1.0;
        p[i] = 1.0 / (double)n;
    }
    first[n] = linked;
    for (int it = 0; it < iterations; it++) {
        for (Py_ssize_t j = 0; j < n; j++) q[j] = 0.0;
        for (Py_ssize_t i = 0; i < n; i++) {
            double share = p[i] / deg[i];
            for (Py_ssize_t k = first[i]; k < first[i + 1]; k++) q[link[k]] += share;
        }
        for (Py_ssize_t j = 0; j < n; j++) p[j] = (1.0 - damping) / (double)n + damping * q[j];
    }
    for (Py_ssize_t i = 0; i < n; i++) row[LEXRANK * n + i] = rint(p[i] * (double)n * scale) / scale;
    /* Centrality ranked rounded to `central_scale` (features.CENTRALITY_DECIMALS): p, free by now, holds it. */
    for (Py_ssize_t i = 0; i < n; i++) p[i] = rint(row[CENTRAL * n + i] * central_scale) / central_scale;
    descending_ranks(p, n, row + CENTRAL_RANK * n);
    descending_ranks(row + LEXRANK * n, n, row + LEXRANK_RANK * n);
    result = Py_NewRef(Py_None);
done:
    free(ids);
    free(uid);
    free(w);
    free(off);
    free(cnt);
    free(colsum);
    free(leadsum);
    free(sim);
    free(p);
    free(q);
    free(deg);
    free(first);
    free(link);
    Py_XDECREF(seq);
    PyBuffer_Release(&idf_buf);
    PyBuffer_Release(&out_buf);
    return result;
}

/* One node of forest_raw's trees: 16 bytes, so a step reads one cache line, not one per array. */
typedef struct {
    int feature;
    float threshold;
    int child[2]; /* child[0]: the value is not above the threshold (LightGBM's left); child[1]: above */
} Node;

/* Raw scores of float32 rows through a forest, the trees walked without branches: a leaf is a node that
 * leads to itself, so every row takes its tree's depth in steps, node = child[value > threshold], and the
 * rows of one tree advance together (independent loads the CPU overlaps). Comparisons as LightGBM's: `x`
 * already has values of magnitude at most its zero threshold and NaN set to 0 (forest.py), and the
 * thresholds are rounded down to float32, so a float32 compare is LightGBM's double one; leaf values are
 * summed tree after tree. The ~150 KB of nodes stay in cache between articles, where the numpy evaluator's
 * 1 MB of tables did not, and a branch per level mispredicted in a plain walk. */
static PyObject *forest_raw(PyObject *self, PyObject *args) {
    Py_buffer x_buf, root_buf, depth_buf, node_buf, leaf_buf, out_buf;
    Py_ssize_t n_rows, n_features;
    if (!PyArg_ParseTuple(args, "y*nny*y*y*y*w*", &x_buf, &n_rows, &n_features, &root_buf, &depth_buf, &node_buf,
                          &leaf_buf, &out_buf))
        return NULL;
    PyObject *result = NULL;
    int *at = NULL;
    const float *x = (const float *)x_buf.buf;
    const int *root = (const int *)root_buf.buf, *depth = (const int *)depth_buf.buf;
    const Node *node = (const Node *)node_buf.buf;
    const double *leaf = (const double *)leaf_buf.buf;
    double *out = (double *)out_buf.buf;
    Py_ssize_t n_trees = root_buf.len / (Py_ssize_t)sizeof(int);
    Py_ssize_t n_nodes = node_buf.len / (Py_ssize_t)sizeof(Node);
    if (x_buf.len != (Py_ssize_t)(n_rows * n_features * sizeof(float)) ||
        out_buf.len != (Py_ssize_t)(n_rows * sizeof(double)) || depth_buf.len != root_buf.len ||
        node_buf.len != (Py_ssize_t)(n_nodes * sizeof(Node)) || leaf_buf.len != (Py_ssize_t)(n_nodes * sizeof(double))) {
        PyErr_SetString(PyExc_ValueError, "buffer sizes do not match the rows, features and nodes");
        goto done;
    }
    /* Every index read below is checked once here, so a corrupt layout raises instead of reading astray. */
    for (Py_ssize_t k = 0; k < n_nodes; k++) {
        const Node *nd = node + k;
        if (nd->feature < 0 || nd->feature >= n_features || nd->child[0] < 0 || nd->child[0] >= n_nodes ||
            nd->child[1] < 0 || nd->child[1] >= n_nodes) {
            PyErr_SetString(PyExc_ValueError, "forest layout out of range");
            goto done;
        }
    }
    for (Py_ssize_t t = 0; t < n_trees; t++) {
        if (root[t] < 0 || root[t] >= n_nodes || depth[t] < 0) {
            PyErr_SetString(PyExc_ValueError, "forest layout out of range");
            goto done;
        }
    }
    at = malloc((n_rows + 1) * sizeof(int));
    if (at == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    for (Py_ssize_t t = 0; t < n_trees; t++) {
        for (Py_ssize_t r = 0; r < n_rows; r++) at[r] = root[t];
        for (int step = 0; step < depth[t]; step++) {
            for (Py_ssize_t r = 0; r < n_rows; r++) {
                const Node *nd = node + at[r];
                at[r] = nd->child[x[r * n_features + nd->feature] > nd->threshold];
            }
        }
        for (Py_ssize_t r = 0; r < n_rows; r++) out[r] = t == 0 ? leaf[at[r]] : out[r] + leaf[at[r]];
    }
    result = Py_NewRef(Py_None);
done:
    free(at);
    PyBuffer_Release(&x_buf);
    PyBuffer_Release(&root_buf);
    PyBuffer_Release(&depth_buf);
    PyBuffer_Release(&node_buf);
    PyBuffer_Release(&leaf_buf);
    PyBuffer_Release(&out_buf);
    return result;
}

/* Fill `bits` (words of 64 bits) with the ids of a list of ints below `limit`; -1 on error. */
static int id_bits(PyObject *list, unsigned long long *bits, Py_ssize_t limit) {
    Py_ssize_t len = PyList_GET_SIZE(list);
    for (Py_ssize_t k = 0; k < len; k++) {
        long id = PyLong_AsLong(PyList_GET_ITEM(list, k));
        if (id == -1 && PyErr_Occurred()) return -1;
        if (id < 0 || id >= limit) {
            PyErr_SetString(PyExc_IndexError, "term id outside the vocabulary");
            return -1;
        }
        bits[id >> 6] |= 1ULL << (id & 63);
    }
    return 0;
}

static Py_ssize_t popcount(const unsigned long long *bits, Py_ssize_t words) {
    Py_ssize_t c = 0;
    for (Py_ssize_t i = 0; i < words; i++) c += __builtin_popcountll(bits[i]);
    return c;
}

/* sets.SET_FEATURES of each candidate set, as sets.set_features_numpy computes them (the same sums in the
 * same order, so the same bits): per member statistic its mean, min and max over the set; the share of the
 * document's repeated content words and of its lead's words the set covers, its distinct content words;
 * the largest content overlap of two members; whether it is the greedy set; the document's sentence and
 * repeated-word counts. Content words are vocabulary ids, each member's a bit set. */
static PyObject *set_rows(PyObject *self, PyObject *args) {
    PyObject *members, *body, *lead;
    Py_buffer per_buf, sets_buf, out_buf;
    Py_ssize_t k, vocab, lead_words, n_sentences, greedy;
    if (!PyArg_ParseTuple(args, "O!y*y*nO!nO!nnnw*", &PyList_Type, &members, &per_buf, &sets_buf, &k, &PyList_Type, &body,
                          &vocab, &PyList_Type, &lead, &lead_words, &n_sentences, &greedy, &out_buf))
        return NULL;
    PyObject *result = NULL;
    unsigned long long *bits = NULL, *rep = NULL, *lead_bits = NULL, *u = NULL;
    unsigned char *seen = NULL;
    Py_ssize_t *sizes = NULL;
    const double *per = (const double *)per_buf.buf;
    const long long *sets = (const long long *)sets_buf.buf;
    double *out = (double *)out_buf.buf;
    Py_ssize_t m = PyList_GET_SIZE(members), words = vocab / 64 + 1;
    Py_ssize_t n_sets = k > 0 ? sets_buf.len / (Py_ssize_t)(k * sizeof(long long)) : 0;
    enum { STATS = 5, COLUMNS = 3 * STATS + 7 };
    if (k < 1 || vocab < 0 || per_buf.len != (Py_ssize_t)(m * STATS * sizeof(double)) ||
        sets_buf.len != (Py_ssize_t)(n_sets * k * sizeof(long long)) ||
        out_buf.len != (Py_ssize_t)(n_sets * COLUMNS * sizeof(double))) {
        PyErr_SetString(PyExc_ValueError, "buffer sizes do not match the members, sets and columns");
        goto done;
    }
    for (Py_ssize_t i = 0; i < n_sets * k; i++) {
        if (sets[i] < 0 || sets[i] >= m) {
            PyErr_SetString(PyExc_IndexError, "a set names a member outside the pool");
            goto done;
        }
    }
    bits = calloc(m * words, sizeof(unsigned long long));
    rep = calloc(words, sizeof(unsigned long long));
    lead_bits = calloc(words, sizeof(unsigned long long));
    u = malloc(words * sizeof(unsigned long long));
    seen = calloc(vocab + 1, 1);
    sizes = malloc((m + 1) * sizeof(Py_ssize_t));
    if (!bits || !rep || !lead_bits || !u || !seen || !sizes) {
        PyErr_NoMemory();
        goto done;
    }
    for (Py_ssize_t a = 0; a < m; a++) {
        PyObject *list = PyList_GET_ITEM(members, a);
        if (!PyList_Check(list)) {
            PyErr_SetString(PyExc_TypeError, "each member's ids must be a list");
            goto done;
        }
        if (id_bits(list, bits + a * words, vocab) < 0) goto done;
        sizes[a] = popcount(bits + a * words, words);
    }
    if (id_bits(lead, lead_bits, vocab) < 0) goto done;
    /* Repeated: ids the body uses twice or more (np.bincount(body_term_ids) >= 2), read off each body
     * sentence's ids (Document.body_terms) as they are, not flattened first. */
    Py_ssize_t n_repeated = 0;
    for (Py_ssize_t j = 0; j < PyList_GET_SIZE(body); j++) {
        PyObject *sentence = PyList_GET_ITEM(body, j);
        if (!PyList_Check(sentence)) {
            PyErr_SetString(PyExc_TypeError, "each body sentence's ids must be a list");
            goto done;
        }
        for (Py_ssize_t i = 0; i < PyList_GET_SIZE(sentence); i++) {
            long id = PyLong_AsLong(PyList_GET_ITEM(sentence, i));
            if (id == -1 && PyErr_Occurred()) goto done;
            if (id < 0 || id >= vocab) {
                PyErr_SetString(PyExc_IndexError, "term id outside the vocabulary");
                goto done;
            }
            if (seen[id] == 1) {
                rep[id >> 6] |= 1ULL << (id & 63);
                n_repeated++;
            }
            if (seen[id] < 2) seen[id]++;
        }
    }
    double rep_scale = (double)(n_repeated > 1 ? n_repeated : 1), lead_scale = (double)(lead_words > 1 ? lead_words : 1);
    for (Py_ssize_t s = 0; s < n_sets; s++) {
        const long long *st = sets + s * k;
        double *row = out + s * COLUMNS;
        for (Py_ssize_t c = 0; c < STATS; c++) {
            double sum = per[st[0] * STATS + c], lo = sum, hi = sum;
            for (Py_ssize_t j = 1; j < k; j++) {
                double v = per[st[j] * STATS + c];
                sum += v;
                if (v < lo) lo = v;
                if (v > hi) hi = v;
            }
            row[c] = sum / (double)k;
            row[STATS + c] = lo;
            row[2 * STATS + c] = hi;
        }
        memcpy(u, bits + st[0] * words, words * sizeof(unsigned long long));
        for (Py_ssize_t j = 1; j < k; j++) {
            const unsigned long long *b = bits + st[j] * words;
            for (Py_ssize_t i = 0; i < words; i++) u[i] |= b[i];
        }
        Py_ssize_t cover_rep = 0, cover_lead = 0;
        for (Py_ssize_t i = 0; i < words; i++) {
            cover_rep += __builtin_popcountll(u[i] & rep[i]);
            cover_lead += __builtin_popcountll(u[i] & lead_bits[i]);
        }
        double overlap = 0.0;
        for (Py_ssize_t a = 0; a < k; a++) {
            for (Py_ssize_t b = a + 1; b < k; b++) {
                const unsigned long long *x = bits + st[a] * words, *y = bits + st[b] * words;
                Py_ssize_t shared = 0;
                for (Py_ssize_t i = 0; i < words; i++) shared += __builtin_popcountll(x[i] & y[i]);
                Py_ssize_t shorter = sizes[st[a]] < sizes[st[b]] ? sizes[st[a]] : sizes[st[b]];
                double o = (double)shared / (double)(shorter > 1 ? shorter : 1);
                if (o > overlap) overlap = o;
            }
        }
        row[3 * STATS] = (double)cover_rep / rep_scale;
        row[3 * STATS + 1] = (double)cover_lead / lead_scale;
        row[3 * STATS + 2] = (double)popcount(u, words);
        row[3 * STATS + 3] = overlap;
        row[3 * STATS + 4] = s == greedy ? 1.0 : 0.0;
        row[3 * STATS + 5] = (double)n_sentences;
        row[3 * STATS + 6] = (double)n_repeated;
    }
    result = Py_NewRef(Py_None);
done:
    free(bits);
    free(rep);
    free(lead_bits);
    free(u);
    free(seen);
    free(sizes);
    PyBuffer_Release(&per_buf);
    PyBuffer_Release(&sets_buf);
    PyBuffer_Release(&out_buf);
    return result;
}

/* The quote marks features.QUOTE finds: straight double and single, curly double and single. */
static int is_quote(Py_UCS4 c) {
    return c == '"' || c == '\'' || c == 0x201C || c == 0x201D || c == 0x2018 || c == 0x2019;
}

/* Rows of `out` in cue_columns, in features.CUE_FEATURES order. */
enum { HAS_NUMBER, N_NUMBERS, HAS_QUOTE, STARTS_QUOTE, ATTRIBUTION, PRONOUN_START, CONNECTIVE_START, TIME_WORD,
       QUESTION, N_CUES };

/* Whether any of `tokens` (a list of str) is in `words` (a frozenset); -1 on error. */
static int any_in(PyObject *tokens, PyObject *words) {
    Py_ssize_t len = PyList_GET_SIZE(tokens);
    for (Py_ssize_t k = 0; k < len; k++) {
        int found = PySet_Contains(words, PyList_GET_ITEM(tokens, k));
        if (found != 0) return found;
    }
    return 0;
}

/* features.CUE_FEATURES of each sentence from its text and its lowercased tokens, as features.py's
 * cue_columns computes them: a digit is a Unicode decimal (re's \d) for "has a number", and a token opens
 * or closes on a digit (str.isdigit) to count as one; quote marks are features.QUOTE's; the word cues are
 * token lookups in the given sets. */
static PyObject *cue_columns(PyObject *self, PyObject *args) {
    PyObject *texts, *toks, *attribution, *time_words, *pronouns, *connectives;
    Py_buffer out_buf;
    if (!PyArg_ParseTuple(args, "O!O!O!O!O!O!w*", &PyList_Type, &texts, &PyList_Type, &toks, &PyFrozenSet_Type,
                          &attribution, &PyFrozenSet_Type, &time_words, &PyFrozenSet_Type, &pronouns,
                          &PyFrozenSet_Type, &connectives, &out_buf))
        return NULL;
    PyObject *result = NULL;
    Py_ssize_t n = PyList_GET_SIZE(texts);
    double *out = (double *)out_buf.buf;
    if (PyList_GET_SIZE(toks) != n || out_buf.len != (Py_ssize_t)(N_CUES * n * sizeof(double))) {
        PyErr_SetString(PyExc_ValueError, "texts, tokens and out do not match");
        goto done;
    }
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *text = PyList_GET_ITEM(texts, i), *tokens = PyList_GET_ITEM(toks, i);
        if (!PyUnicode_Check(text) || !PyList_Check(tokens)) {
            PyErr_SetString(PyExc_TypeError, "texts must be str and tokens lists of str");
            goto done;
        }
        Py_ssize_t len = PyUnicode_GET_LENGTH(text), n_tokens = PyList_GET_SIZE(tokens);
        int kind = PyUnicode_KIND(text);
        const void *data = PyUnicode_DATA(text);
        int digit = 0, quote = 0;
        for (Py_ssize_t c = 0; c < len && !(digit && quote); c++) {
            Py_UCS4 ch = PyUnicode_READ(kind, data, c);
            if (!digit && Py_UNICODE_ISDECIMAL(ch)) digit = 1;
            if (!quote && is_quote(ch)) quote = 1;
        }
        Py_ssize_t numbers = 0;
        if (digit) {
            for (Py_ssize_t k = 0; k < n_tokens; k++) {
                PyObject *w = PyList_GET_ITEM(tokens, k);
                if (!PyUnicode_Check(w)) {
                    PyErr_SetString(PyExc_TypeError, "tokens must be str");
                    goto done;
                }
                Py_ssize_t wl = PyUnicode_GET_LENGTH(w);
                if (wl > 0 && (Py_UNICODE_ISDIGIT(PyUnicode_READ_CHAR(w, 0)) ||
                               Py_UNICODE_ISDIGIT(PyUnicode_READ_CHAR(w, wl - 1))))
                    numbers++;
            }
        }
        /* A question: the last character other than quotes, apostrophes and spaces is "?". */
        Py_ssize_t e = len;
        while (e > 0) {
            Py_UCS4 ch = PyUnicode_READ(kind, data, e - 1);
            if (ch == '"' || ch == '\'' || ch == 0x201D || ch == 0x2019 || ch == ' ') e--;
            else break;
        }
        int attributed = any_in(tokens, attribution), timed = any_in(tokens, time_words);
        if (attributed < 0 || timed < 0) goto done;
        int pronoun = 0, connective = 0;
        if (n_tokens > 0) {
            PyObject *first = PyList_GET_ITEM(tokens, 0);
            pronoun = PySet_Contains(pronouns, first);
            connective = PySet_Contains(connectives, first);
            if (pronoun < 0 || connective < 0) goto done;
        }
        out[HAS_NUMBER * n + i] = numbers > 0;
        out[N_NUMBERS * n + i] = (double)numbers;
        out[HAS_QUOTE * n + i] = quote;
        out[STARTS_QUOTE * n + i] = len > 0 && is_quote(PyUnicode_READ(kind, data, 0));
        out[ATTRIBUTION * n + i] = attributed;
        out[PRONOUN_START * n + i] = pronoun;
        out[CONNECTIVE_START * n + i] = connective;
        out[TIME_WORD * n + i] = timed;
        out[QUESTION * n + i] = e > 0 && PyUnicode_READ(kind, data, e - 1) == '?';
    }
    result = Py_NewRef(Py_None);
done:
    PyBuffer_Release(&out_buf);
    return result;
}

/* (vocabulary: word -> id in order of first use, each list's non-stopwords as ids): records.py's
 * Document.body_terms, one C loop over the words instead of a comprehension with a method call per word. */
static PyObject *term_ids(PyObject *self, PyObject *args) {
    PyObject *word_lists, *stopwords;
    if (!PyArg_ParseTuple(args, "OO!", &word_lists, &PyFrozenSet_Type, &stopwords)) return NULL;
    PyObject *seq = PySequence_Fast(word_lists, "word lists must be a sequence of lists of str");
    if (seq == NULL) return NULL;
    Py_ssize_t n = PySequence_Fast_GET_SIZE(seq);
    PyObject *vocab = PyDict_New(), *out = PyList_New(n), *result = NULL;
    if (vocab == NULL || out == NULL) goto done;
    for (Py_ssize_t i = 0; i < n; i++) {
        PyObject *words = PySequence_Fast_GET_ITEM(seq, i);
        if (!PyList_Check(words)) {
            PyErr_SetString(PyExc_TypeError, "each sentence's words must be a list");
            goto done;
        }
        PyObject *ids = PyList_New(0);
        if (ids == NULL) goto done;
        PyList_SET_ITEM(out, i, ids);
        for (Py_ssize_t k = 0; k < PyList_GET_SIZE(words); k++) {
            PyObject *w = PyList_GET_ITEM(words, k);
            int stop = PySet_Contains(stopwords, w);
            if (stop < 0) goto done;
            if (stop) continue;
            PyObject *id = PyDict_GetItemWithError(vocab, w); /* borrowed */
            if (id == NULL) {
                if (PyErr_Occurred()) goto done;
                PyObject *fresh = PyLong_FromSsize_t(PyDict_GET_SIZE(vocab));
                if (fresh == NULL) goto done;
                int failed = PyDict_SetItem(vocab, w, fresh);
                Py_DECREF(fresh);
                if (failed) goto done;
                id = fresh; /* the dict holds it */
            }
            if (PyList_Append(ids, id) < 0) goto done;
        }
    }
    result = PyTuple_Pack(2, vocab, out);
done:
    Py_XDECREF(vocab);
    Py_XDECREF(out);
    Py_DECREF(seq);
    return result;
}

/* ---- nupunkt 0.8.0's span_tokenize, ported (segment.py) ------------------------------------------- */

#define READ(i) PyUnicode_READ(kind, data, (i))

/* nupunkt's _CLOSING_CHARS: what may trail a sentence-ending character. */
static int punkt_closing(Py_UCS4 c) {
    return c == '"' || c == '\'' || c == ')' || c == ']' || c == '}' || c == 0x201D || c == 0x2019 || c == 0xBB ||
           c == '*';
}

/* Whether text[i] starts a candidate of nupunkt's candidate pattern (`_candidate_pattern` of its
 * period-context pattern): a sentence-ending character, then whitespace, one of its non-word characters,
 * or an apostrophe not followed by a letter ([^\W\d_]); a full stop followed by whitespace and another
 * full stop (a spaced ellipsis) is not one. */
static int punkt_candidate(int kind, const void *data, Py_ssize_t n, Py_ssize_t i) {
    Py_UCS4 c = READ(i);
    if (!(c == '.' || c == '?' || c == '!' || c == 0x2026) || i + 1 >= n) return 0;
    Py_UCS4 c1 = READ(i + 1);
    int after = 0;
    if (Py_UNICODE_ISSPACE(c1) || c1 == 0x201D || c1 == 0xBB)
        after = 1;
    else if (c1 > 0 && c1 < 128 && strchr(")\";}]*:@({[?!", (int)c1) != NULL)
        after = 1;
    else if (c1 == '\'' || c1 == 0x2019) {
        Py_UCS4 c2 = i + 2 < n ? READ(i + 2) : 0;
        after = !(i + 2 < n && Py_UNICODE_ISALNUM(c2) && !Py_UNICODE_ISDECIMAL(c2));
    }
    if (!after) return 0;
    if (c == '.') {
        Py_ssize_t j = i + 1;
        while (j < n && Py_UNICODE_ISSPACE(READ(j))) j++;
        if (j > i + 1 && j < n && READ(j) == '.') return 0;
    }
    return 1;
}

typedef struct {
    Py_ssize_t pos, start, split, end; /* the candidate, its context: text[start:split], text[split:end] */
} Candidate;

/* The last whitespace in text[lo:hi], or -1. */
static Py_ssize_t last_space(int kind, const void *data, Py_ssize_t lo, Py_ssize_t hi) {
    for (Py_ssize_t k = hi - 1; k >= lo; k--) {
        if (Py_UNICODE_ISSPACE(READ(k))) return k;
    }
    return -1;
}

/* 1 when the context decides a break, 0 when not, -1 on error: `_Punkt`'s shortcut (a plain ASCII word of
 * two or more letters and its full stop, not a known abbreviation or collocation head, always breaks),
 * else the tokenizer's own memoized decision, called in Python with the (before, after) strings. */
static int punkt_decide(PyObject *text, int kind, const void *data, const Candidate *cd, PyObject *decide,
                        PyObject *not_plain) {
    Py_ssize_t len = cd->split - cd->start - 1;
    if (len >= 2 && len <= 64 && READ(cd->split - 1) == '.') {
        char word[65];
        Py_ssize_t k = 0;
        for (; k < len; k++) {
            Py_UCS4 ch = READ(cd->start + k);
            if (ch >= 'A' && ch <= 'Z') ch += 'a' - 'A';
            else if (!(ch >= 'a' && ch <= 'z')) break;
            word[k] = (char)ch;
        }
        if (k == len) {
            PyObject *key = PyUnicode_FromStringAndSize(word, len);
            if (key == NULL) return -1;
            int known = PySet_Contains(not_plain, key);
            Py_DECREF(key);
            if (known < 0) return -1;
            if (!known) return 1;
        }
    }
    PyObject *before = PyUnicode_Substring(text, cd->start, cd->split);
    PyObject *after = PyUnicode_Substring(text, cd->split, cd->end);
    PyObject *context = before && after ? PyTuple_Pack(2, before, after) : NULL;
    Py_XDECREF(before);
    Py_XDECREF(after);
    if (context == NULL) return -1;
    PyObject *r = PyObject_CallOneArg(decide, context);
    Py_DECREF(context);
    if (r == NULL) return -1;
    int yes = PyObject_IsTrue(r);
    Py_DECREF(r);
    return yes;
}

/* Calls `fn(text, a, b)` (a compiled pattern's match or fullmatch): 1 and *end = the match's end, 0 for no
 * match, -1 on error; `group` (may be NULL) receives the length of group(0).rstrip(). */
static int call_match(PyObject *fn, PyObject *text, Py_ssize_t a, Py_ssize_t b, Py_ssize_t *end, Py_ssize_t *group) {
    PyObject *m = PyObject_CallFunction(fn, "Onn", text, a, b);
    if (m == NULL) return -1;
    if (m == Py_None) {
        Py_DECREF(m);
        return 0;
    }
    PyObject *e = PyObject_CallMethod(m, "end", NULL);
    if (e == NULL) {
        Py_DECREF(m);
        return -1;
    }
    *end = PyLong_AsSsize_t(e);
    Py_DECREF(e);
    if (group != NULL) {
        PyObject *g = PyObject_CallMethod(m, "group", "i", 0);
        PyObject *stripped = g ? PyObject_CallMethod(g, "rstrip", NULL) : NULL;
        Py_XDECREF(g);
        if (stripped == NULL) {
            Py_DECREF(m);
            return -1;
        }
        *group = PyUnicode_GET_LENGTH(stripped);
        Py_DECREF(stripped);
    }
    Py_DECREF(m);
    return PyErr_Occurred() ? -1 : 1;
}

/* nupunkt 0.8.0's PunktSentenceTokenizer.span_tokenize(text) for segment._Punkt, step for step:
 * `_match_potential_end_contexts` (candidates, each with the context of its whitespace-free chunk),
 * `_slices_from_text` (the skips around "!", "?", closing marks and list enumerators, then the decision)
 * and `_realign_boundaries`. Its regexes that rarely apply (enumerator, realignment) are called back in
 * Python, and so is the decision for any context `_Punkt`'s plain-word shortcut does not settle. */
static PyObject *punkt_spans(PyObject *self, PyObject *args) {
    PyObject *text, *decide, *not_plain, *enumerator, *realign;
    int excl_quest_lower;
    if (!PyArg_ParseTuple(args, "UOO!pOO", &text, &decide, &PyFrozenSet_Type, &not_plain, &excl_quest_lower,
                          &enumerator, &realign))
        return NULL;
    int kind = PyUnicode_KIND(text);
    const void *data = PyUnicode_DATA(text);
    Py_ssize_t n = PyUnicode_GET_LENGTH(text);
    Candidate *cands = NULL;
    Py_ssize_t *slices = NULL, n_cands = 0, n_slices = 0;
    PyObject *out = NULL;
    int any_end = 0;
    for (Py_ssize_t i = 0; i < n && !any_end; i++) {
        Py_UCS4 c = READ(i);
        any_end = c == '.' || c == '!' || c == '?' || c == 0x2026;
    }
    cands = malloc((n + 1) * sizeof(Candidate));
    slices = malloc((2 * n + 4) * sizeof(Py_ssize_t));
    if (cands == NULL || slices == NULL) {
        PyErr_NoMemory();
        goto done;
    }
    /* _match_potential_end_contexts */
    if (n >= 2 && any_end) {
        Py_ssize_t prev_start = 0, prev_stop = 0, prev_split = 0, prev_end = 0, prev_pos = -1;
        for (Py_ssize_t i = 0; i < n; i++) {
            if (!punkt_candidate(kind, data, n, i)) continue;
            Py_ssize_t lw = last_space(kind, data, prev_stop, i);
            Py_ssize_t word_start = lw >= 0 && lw > prev_stop ? lw + 1 : prev_start;
            if (i > 1 && Py_UNICODE_ISSPACE(READ(i - 1))) {
                Py_ssize_t run_start = i;
                for (;;) {
                    Py_ssize_t j = run_start - 1;
                    while (j >= 0 && Py_UNICODE_ISSPACE(READ(j))) j--;
                    if (j >= 0 && j < run_start - 1 && READ(j) == '.') run_start = j;
                    else break;
                }
                if (run_start < i) {
                    Py_ssize_t s_end = run_start;
                    while (s_end > prev_stop && Py_UNICODE_ISSPACE(READ(s_end - 1))) s_end--;
                    Py_ssize_t lw2 = last_space(kind, data, prev_stop, s_end);
                    Py_ssize_t run_word = lw2 >= 0 && lw2 - prev_stop + 1 > 1 ? lw2 + 1 : prev_start;
                    if (run_word < word_start) word_start = run_word;
                }
            }
            if (prev_pos >= 0 && prev_stop <= word_start) {
                Candidate cd = {prev_pos, prev_start, prev_split, prev_end};
                cands[n_cands++] = cd;
            }
            Py_ssize_t split = i + 1;
            while (split < n && punkt_closing(READ(split))) split++;
            Py_ssize_t end = split;
            while (end < n && Py_UNICODE_ISSPACE(READ(end))) end++;
            while (end < n && !Py_UNICODE_ISSPACE(READ(end))) end++;
            prev_pos = i;
            prev_start = word_start;
            prev_stop = i;
            prev_split = split;
            prev_end = end;
        }
        if (prev_pos >= 0) {
            Candidate cd = {prev_pos, prev_start, prev_split, prev_end};
            cands[n_cands++] = cd;
        }
    }
    /* _slices_from_text */
    Py_ssize_t text_end = n;
    while (text_end > 0 && Py_UNICODE_ISSPACE(READ(text_end - 1))) text_end--;
    Py_ssize_t last_break = 0;
    for (Py_ssize_t c = 0; c < n_cands; c++) {
        const Candidate *cd = cands + c;
        Py_ssize_t pos = cd->pos;
        if (READ(pos) == '.') {
            /* _is_line_start_enumerator */
            Py_ssize_t lo = pos - 12 > 0 ? pos - 12 : 0, nl = -1;
            for (Py_ssize_t k = pos - 1; k >= lo; k--) {
                if (READ(k) == '\n') {
                    nl = k;
                    break;
                }
            }
            if (!(nl == -1 && lo)) {
                Py_ssize_t ignored;
                int listed = call_match(enumerator, text, nl + 1, pos + 1, &ignored, NULL);
                if (listed < 0) goto done;
                if (listed) continue;
            }
        }
        pos = cd->pos + 1;
        if (pos < n && (READ(pos) == '!' || READ(pos) == '?')) continue;
        Py_ssize_t k = pos;
        while (k < n && (READ(k) == ' ' || READ(k) == '\t')) k++;
        if (k > pos && k < n && (READ(k) == '!' || READ(k) == '?') &&
            (k + 1 == n || Py_UNICODE_ISSPACE(READ(k + 1)) || READ(k + 1) == '!' || READ(k + 1) == '?'))
            continue;
        if (excl_quest_lower && (READ(pos - 1) == '!' || READ(pos - 1) == '?') && k < n && Py_UNICODE_ISLOWER(READ(k)))
            continue;
        if (pos < n && punkt_closing(READ(pos))) {
            while (pos < n && punkt_closing(READ(pos))) pos++;
            while (pos < n && (READ(pos) == ' ' || READ(pos) == '\t')) pos++;
            if (pos < n && Py_UNICODE_ISLOWER(READ(pos))) continue;
        }
        int brk = punkt_decide(text, kind, data, cd, decide, not_plain);
        if (brk < 0) goto done;
        if (brk) {
            slices[2 * n_slices] = last_break;
            slices[2 * n_slices + 1] = cd->pos + 1;
            n_slices++;
            Py_ssize_t p2 = cd->pos + 1;
            while (p2 < n && Py_UNICODE_ISSPACE(READ(p2))) p2++;
            last_break = p2;
        }
    }
    if (last_break < text_end) {
        slices[2 * n_slices] = last_break;
        slices[2 * n_slices + 1] = text_end;
        n_slices++;
    }
    /* _realign_boundaries */
    out = PyList_New(0);
    if (out == NULL) goto done;
    Py_ssize_t shift = 0;
    for (Py_ssize_t q = 0; q < n_slices; q++) {
        Py_ssize_t start = slices[2 * q] + shift, stop = slices[2 * q + 1], keep_stop = stop;
        int keep = 1;
        if (q + 1 < n_slices) {
            Py_ssize_t s2 = slices[2 * q + 2], s2_stop = slices[2 * q + 3], m_end = 0, g_len = 0;
            int moved = 0;
            if (s2 < n && punkt_closing(READ(s2))) {
                moved = call_match(realign, text, s2, s2_stop, &m_end, &g_len);
                if (moved < 0) goto error;
            }
            if (moved) {
                keep_stop = s2 + g_len;
                shift = m_end - s2;
            } else {
                shift = 0;
                keep = stop > start;
            }
        } else {
            keep = stop > start;
        }
        if (keep) {
            PyObject *item = Py_BuildValue("(nn)", start, keep_stop);
            if (item == NULL || PyList_Append(out, item) < 0) {
                Py_XDECREF(item);
                goto error;
            }
            Py_DECREF(item);
        }
    }
    goto done;
error:
    Py_CLEAR(out);
done:
    free(cands);
    free(slices);
    return out;
}

#undef READ

static PyMethodDef methods[] = {
    {"punkt_spans", punkt_spans, METH_VARARGS,
     "punkt_spans(text, decide, not_plain, excl_quest_lower, enumerator_fullmatch, realign_match) -> "
     "[(start, stop)]: nupunkt 0.8.0's span_tokenize(text) for segment._Punkt."},
    {"term_ids", term_ids, METH_VARARGS,
     "term_ids(word_lists, stopwords) -> (vocabulary, ids): each list's non-stopwords as ids numbered in "
     "order of first use (records.Document.body_terms)."},
    {"cue_columns", cue_columns, METH_VARARGS,
     "cue_columns(texts, tokens, attribution, time_words, pronouns, connectives, out): features.CUE_FEATURES "
     "of each sentence into out (9 x n float64)."},
    {"set_rows", set_rows, METH_VARARGS,
     "set_rows(members, per, sets, k, body_terms, vocab, lead, lead_words, n_sentences, greedy, out): "
     "sets.SET_FEATURES of each set into out (sets x 22 float64)."},
    {"forest_raw", forest_raw, METH_VARARGS,
     "forest_raw(x, n_rows, n_features, root, depth, nodes, leaf, out): raw scores of float32 rows (zeros "
     "and NaN already 0) into out (float64), in forest.Forest.walk's layout."},
    {"tfidf_columns", tfidf_columns, METH_VARARGS,
     "tfidf_columns(content, n, idf, out, lead, threshold, damping, iterations, scale, central_scale): fill out (10 x n "
     "float64, rows features.TFIDF_FEATURES) from the first n sentences' term ids."},
    {NULL, NULL, 0, NULL},
};

static struct PyModuleDef module = {PyModuleDef_HEAD_INIT, "_speedups", NULL, -1, methods};

PyMODINIT_FUNC PyInit__speedups(void) { return PyModule_Create(&module); }
