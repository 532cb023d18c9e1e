#if canImport(Glibc)
import Glibc
#endif
import CNPlanTerminal

exit(Program.run(Array(CommandLine.arguments.dropFirst())))
