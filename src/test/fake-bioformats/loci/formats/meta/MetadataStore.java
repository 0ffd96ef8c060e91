package loci.formats.meta;

/** Stand-in for Bio-Formats' metadata store interface. */
public interface MetadataStore {}
