package dev.valuex.cli;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileSystemException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Collection;
import java.util.List;
import picocli.CommandLine.Option;

/**
 * How every command writes its output files, so a researcher's work is never lost: each file is
 * first written to a temporary file in the target folder and then moved into place in one step,
 * so a failed run leaves the old file (or none) rather than half a file; a command never writes
 * over one of its own inputs (compared by real path, so {@code ./study.csv} and {@code
 * study.csv} are the same file), never over an existing file without {@code --force}, and
 * creates a missing folder only with {@code --mkdirs}. Every refusal is a usage error naming the
 * path and what to do instead.
 */
final class OutputFiles {
  /** The options a command that writes files mixes in: {@code --force} and {@code --mkdirs}. */
  static final class Options {
    @Option(names = "--force", description = "Replace output files that already exist.")
    boolean force;

    @Option(names = "--mkdirs", description = "Create missing folders of the output paths.")
    boolean mkdirs;
  }

  /** Writes a file's content to a stream. */
  @FunctionalInterface
  interface Content {
    void writeTo(OutputStream out) throws IOException;
  }

  private final Options options;
  private final List<Path> inputs;

  private OutputFiles(Options options, List<Path> inputs) {
    this.options = options;
    this.inputs = List.copyOf(inputs);
  }

  /**
   * Returns the writer of a command's outputs.
   *
   * @param options the command's {@code --force} and {@code --mkdirs}
   * @param inputs the files the command reads, which it must never write over
   */
  static OutputFiles of(Options options, Collection<Path> inputs) {
    return new OutputFiles(options, List.copyOf(inputs));
  }

  /**
   * Checks, before any work is done, that the file may be written: it is not an input, it does
   * not exist (or {@code --force} is given), and its folder exists (or {@code --mkdirs} is given).
   *
   * @param target the output file
   * @param option the option that named it, for messages
   * @throws UsageException naming the path and the way out
   */
  void check(Path target, String option) {
    check(target, option, false);
  }

  /**
   * Checks a file as {@link #check(Path, String)} does, in a folder the command may create
   * itself (checked with {@link #checkFolder(Path, String, boolean)}).
   *
   * @param target the output file
   * @param option the option that named it, for messages
   * @param folderCreatedByCommand whether the command creates the file's folder itself
   */
  void check(Path target, String option, boolean folderCreatedByCommand) {
    Path absolute = target.toAbsolutePath().normalize();
    if (Files.isDirectory(absolute)) {
      throw new UsageException(option + " " + target + " is a folder, not a file",
          "name a file inside it, e.g. " + target.resolve("ledgers.ndjson"));
    }
    for (Path input : inputs) {
      if (same(absolute, input)) {
        throw new UsageException(option + " " + target + " is an input of this command ("
            + input + "); writing it would destroy it",
            "write the output to another file; a command never replaces its own inputs");
      }
    }
    if (Files.exists(absolute) && !options.force) {
      throw new UsageException(option + " " + target + " already exists",
          "add --force to replace it, or choose another file");
    }
    if (!folderCreatedByCommand) {
      checkFolder(absolute.getParent(), option + " " + target);
    }
  }

  /**
   * Checks a folder the command writes into: it is a folder, and it exists or {@code --mkdirs}
   * is given, or the command creates it itself.
   *
   * @param folder the folder
   * @param what the option and path, for messages
   * @param createdByCommand whether the command documents creating this folder (not its parents)
   */
  void checkFolder(Path folder, String what, boolean createdByCommand) {
    Path absolute = folder.toAbsolutePath().normalize();
    if (Files.exists(absolute) && !Files.isDirectory(absolute)) {
      throw new UsageException(what + ": " + existingFile(absolute) + " is a file, not a folder",
          "choose a path whose folders are folders");
    }
    if (createdByCommand) {
      checkFolder(absolute.getParent(), what);
    } else {
      checkFolder(absolute, what);
    }
  }

  private void checkFolder(Path folder, String what) {
    if (folder == null || Files.isDirectory(folder)) {
      return;
    }
    Path file = existingFile(folder);
    if (file != null) {
      throw new UsageException(what + ": " + file + " is a file, not a folder",
          "choose a path whose folders are folders");
    }
    if (!options.mkdirs) {
      throw new UsageException(what + ": folder " + folder + " does not exist",
          "add --mkdirs to create it, or choose an existing folder");
    }
  }

  /**
   * Writes a file atomically after {@link #check}: a temporary file in the target folder, then
   * one move into place. Missing folders are created only when {@code --mkdirs} was given (the
   * check has refused otherwise).
   *
   * @param target the output file
   * @param option the option that named it, for messages
   * @param content what to write
   * @throws UsageException when the file system refuses, naming the path and the reason
   */
  void write(Path target, String option, Content content) {
    check(target, option);
    Path absolute = target.toAbsolutePath().normalize();
    Path folder = absolute.getParent();
    Path temporary = null;
    try {
      Files.createDirectories(folder);
      temporary = temporaryBeside(folder, "." + absolute.getFileName() + ".");
      try (OutputStream out = Files.newOutputStream(temporary)) {
        content.writeTo(out);
      }
      try {
        Files.move(temporary, absolute, StandardCopyOption.ATOMIC_MOVE);
      } catch (AtomicMoveNotSupportedException e) {
        Files.move(temporary, absolute, StandardCopyOption.REPLACE_EXISTING);
      }
      temporary = null;
    } catch (IOException e) {
      throw cannotWrite(option + " " + target, e);
    } catch (UncheckedIOException e) {
      throw cannotWrite(option + " " + target, e.getCause());
    } finally {
      if (temporary != null) {
        try {
          Files.deleteIfExists(temporary);
        } catch (IOException ignored) {
          // The temporary file is hidden and named after the target; nothing more to do.
        }
      }
    }
  }

  /**
   * Creates an empty hidden file in a folder, to be moved over an output file once written.
   * Unlike {@link Files#createTempFile}, which makes a file only its owner may read, it gets the
   * permissions any new file of the user gets, so the output can be shared as before.
   */
  static Path temporaryBeside(Path folder, String prefix) throws IOException {
    return Files.createFile(folder.resolve(prefix + ProcessHandle.current().pid() + "."
        + System.nanoTime() + ".tmp"));
  }

  /** Creates a folder the command documents creating, after {@link #checkFolder}. */
  void createFolder(Path folder, String what) {
    try {
      Files.createDirectories(folder.toAbsolutePath().normalize());
    } catch (IOException e) {
      throw cannotWrite(what, e);
    }
  }

  static UsageException cannotWrite(String what, IOException e) {
    String reason;
    if (e instanceof AccessDeniedException) {
      reason = "permission denied";
    } else if (e instanceof FileAlreadyExistsException) {
      reason = "it already exists";
    } else if (e instanceof FileSystemException && ((FileSystemException) e).getReason() != null) {
      reason = ((FileSystemException) e).getReason();
    } else {
      reason = e.getMessage() == null ? "the file system refused" : e.getMessage();
    }
    return new UsageException("cannot write " + what + ": " + reason,
        "check that the folder exists, is writable and has space");
  }

  private static boolean same(Path target, Path input) {
    try {
      Path in = input.toRealPath();
      if (Files.exists(target)) {
        return Files.isSameFile(target, in);
      }
      Path folder = target.getParent();
      return folder != null && Files.isDirectory(folder)
          && folder.toRealPath().resolve(target.getFileName()).equals(in);
    } catch (IOException e) {
      return target.equals(input.toAbsolutePath().normalize());
    }
  }

  /** The nearest ancestor of a path (or the path) that exists and is a file, or null. */
  private static Path existingFile(Path path) {
    for (Path p = path; p != null; p = p.getParent()) {
      if (Files.isRegularFile(p)) {
        return p;
      }
      if (Files.isDirectory(p)) {
        return null;
      }
    }
    return null;
  }
}
