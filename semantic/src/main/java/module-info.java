/**
 * valuex semantic: optional semantic and hybrid suggestion of value cards for customer
 * statements, with the quantized bge-small-en-v1.5 sentence embedding model running in process
 * on ONNX Runtime. The model ships inside its jar; nothing is downloaded at run time.
 */
module dev.valuex.semantic {
  requires transitive dev.valuex.catalog;
  // LangChain4j and the model (jars without a stable module name) are compiled in from the class
  // path and relocated into dev.valuex.semantic.internal.langchain4j, not exported, by the shade
  // plugin (see semantic/pom.xml). What the relocated code needs at run time is required here,
  // so that the module path resolves it: ONNX Runtime and the DJL tokenizer (stable
  // Automatic-Module-Names), SLF4J and Jackson (named modules).
  requires com.microsoft.onnxruntime;
  requires ai.djl.tokenizers;
  requires ai.djl.api;
  requires org.slf4j;
  requires com.fasterxml.jackson.databind;
  requires static org.immutables.value.annotations;
  requires static com.google.errorprone.annotations;
  requires static java.compiler;

  exports dev.valuex.semantic;
}
