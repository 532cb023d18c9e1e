# cnplan: two commands set everything up on a fresh Debian machine: `make run` and `make test`.
SWIFT_BIN ?= $(firstword $(wildcard /opt/swift/usr/bin) $(dir $(shell command -v swift 2>/dev/null)))
export PATH := $(SWIFT_BIN):$(PATH)
SUDO := $(shell [ "$$(id -u)" = 0 ] || echo sudo)

# Installs the Debian packages named in $(1) that are not installed yet.
define install
	@missing=""; for p in $(1); do \
	  dpkg-query -W -f='$${Status}' $$p 2>/dev/null | grep -q "install ok installed" || missing="$$missing $$p"; \
	done; \
	if [ -n "$$missing" ]; then \
	  echo "installing:$$missing" >&2; \
	  $(SUDO) apt-get update -qq && DEBIAN_FRONTEND=noninteractive $(SUDO) apt-get install -y -qq $$missing >/dev/null; \
	fi
endef

# Debian packages the build and the tests need: libedit for line editing, tmux for terminal
# tests, cmark-gfm to render the Markdown handout, python3-jsonschema to validate exports
# against docs/plan.schema.json, mandoc to lint the manual page, the three shells whose
# completion scripts the tests load; for the HTML handout, chromium to render and print it with a
# CJK font (fonts-wqy-microhei), poppler-utils to read the PDF, python3-html5lib to parse it.
BUILD_DEPS := libedit-dev
TEST_DEPS := $(BUILD_DEPS) tmux cmark-gfm python3-jsonschema mandoc zsh fish chromium fonts-wqy-microhei poppler-utils \
	python3-html5lib

# Where `make install` puts things; DESTDIR stages the whole tree elsewhere (packaging).
PREFIX ?= /usr/local
BINDIR := $(DESTDIR)$(PREFIX)/bin
MANDIR := $(DESTDIR)$(PREFIX)/share/man/man1
BASHDIR := $(DESTDIR)$(PREFIX)/share/bash-completion/completions
ZSHDIR := $(DESTDIR)$(PREFIX)/share/zsh/site-functions
FISHDIR := $(DESTDIR)$(PREFIX)/share/fish/vendor_completions.d

# The release binary links the Swift standard library, libstdc++ and libgcc's unwinder statically,
# so it needs only libc and libedit: it starts faster (no Swift libraries to find and relocate)
# and runs where no Swift toolchain is installed. The Swift driver asks for -lstdc++ and -lgcc_s by
# name, so a folder searched first offers the static archives under those names. No $ORIGIN run path:
# an installed binary must not load libraries from the folder it was installed in.
# Not position-independent (-no-pie): the loader then has no 28,000 pointers to relocate at every
# start, and start-up goes from 1.35x to 1.15x sqlite3's. The price is that the binary's own code
# and data are not placed at a random address (the libraries still are); see docs/benchmark.md.
STATIC_LIBS := .build/static-libs
RELEASE_BIN := .build/release/cnplan

.PHONY: run test build release install uninstall bench fuzz deps-build deps-test clean snapshots lint

run: release
	$(RELEASE_BIN) $(ARGS)

build:
	swift build

release: deps-build | $(STATIC_LIBS)
	swift build -c release --static-swift-stdlib --disable-local-rpath -Xlinker -L$(CURDIR)/$(STATIC_LIBS) \
		-Xlinker -no-pie

$(STATIC_LIBS):
	mkdir -p $@
	ln -sf "$$(clang -print-file-name=libstdc++.a)" $@/libstdc++.a
	ln -sf "$$(clang -print-file-name=libgcc_eh.a)" $@/libgcc_s.a

install: release
	install -d $(BINDIR) $(MANDIR) $(BASHDIR) $(ZSHDIR) $(FISHDIR)
	install -m 755 $(RELEASE_BIN) $(BINDIR)/cnplan
	install -m 644 docs/cnplan.1 $(MANDIR)/cnplan.1
	$(RELEASE_BIN) --completion-script bash > $(BASHDIR)/cnplan
	$(RELEASE_BIN) --completion-script zsh > $(ZSHDIR)/_cnplan
	$(RELEASE_BIN) --completion-script fish > $(FISHDIR)/cnplan.fish

uninstall:
	rm -f $(BINDIR)/cnplan $(MANDIR)/cnplan.1 $(BASHDIR)/cnplan $(ZSHDIR)/_cnplan $(FISHDIR)/cnplan.fish

# The release build comes first: the install tests check the binary `make install` installs, and
# run `make -o release install` so that a test never starts a second build of its own.
test: deps-test lint release
	swift build --build-tests
	swift test --skip-build

# Writes every snapshot again from the current code (Tests/Snapshots, examples/*.json, *.md and
# *.html, and the handouts' screenshots docs/handout-*.png);
# review the changes with git diff before committing them.
snapshots: deps-test
	swift build --build-tests
	CNPLAN_RECORD_SNAPSHOTS=1 swift test --skip-build
	git status --short -- Tests/Snapshots examples docs

# Style check with the toolchain's swift-format and .swift-format; changes nothing. swift-format
# cannot split a long string literal and then says nothing, so lines over 120 characters are listed too.
lint:
	swift format lint --strict --recursive Sources Tests Package.swift
	@! LC_ALL=C.UTF-8 grep -rnE --include='*.swift' '^.{121,}' Sources Tests Package.swift

# Both run even when the first finds a target missed; make bench fails if either does.
bench: release
	$(call install,sqlite3 jq time)
	status=0; ./Tests/Benchmark/run || status=1; ./Tests/Benchmark/portfolio || status=1; exit $$status

deps-build:
	$(call install,$(BUILD_DEPS))

deps-test:
	$(call install,$(TEST_DEPS))

clean:
	rm -rf .build

# Fuzzing: libFuzzer over the command parser and the plan loader, FUZZ_SECONDS each.
FUZZ_SECONDS ?= 60
LIB_SOURCES := $(shell find Sources/CNPlanCore -name '*.swift')
fuzz:
	mkdir -p .build-fuzz/parser .build-fuzz/loader
	swiftc -O -sanitize=fuzzer,address -parse-as-library -module-name CNPlanCore $(LIB_SOURCES) Tests/Fuzz/ParserFuzz.swift -o .build-fuzz/parser-fuzz
	swiftc -O -sanitize=fuzzer,address -parse-as-library -module-name CNPlanCore $(LIB_SOURCES) Tests/Fuzz/LoaderFuzz.swift -o .build-fuzz/loader-fuzz
	SWIFT_BACKTRACE=enable=no .build-fuzz/parser-fuzz -max_total_time=$(FUZZ_SECONDS) -max_len=4096 .build-fuzz/parser Tests/FuzzCorpus/parser
	SWIFT_BACKTRACE=enable=no .build-fuzz/loader-fuzz -max_total_time=$(FUZZ_SECONDS) -max_len=65536 .build-fuzz/loader Tests/FuzzCorpus/loader
