/**
 * valuex semantic: optional semantic and hybrid suggestion of value cards for customer
 * statements, with the quantized bge-small-en-v1.5 sentence embedding model running in process
 * on ONNX Runtime. The model ships inside its jar; nothing is downloaded at run time.
 */
module dev.valuex.semantic {
  requires transitive dev.valuex.catalog;
  requires langchain4j.embeddings.bge.small.en.v15.q;
  requires langchain4j.embeddings;
  requires langchain4j.core;
  requires static org.immutables.value.annotations;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;

  exports dev.valuex.semantic;
}
