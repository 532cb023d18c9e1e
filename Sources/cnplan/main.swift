import CNPlanTerminal

#if canImport(Glibc)
import Glibc
#endif

exit(Program.run(Array(CommandLine.arguments.dropFirst())))
