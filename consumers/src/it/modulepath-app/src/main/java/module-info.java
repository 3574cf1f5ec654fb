/** The class-path application of classpath-app, as a named module: nothing but Pledge core is required. */
module app {
  requires dev.pledge.core;
}
