/* main.c - the command line.
 *
 *   refpy FILE [ARG ...]       run a program
 *   refpy -c CMD [ARG ...]     run a command
 *   refpy - [ARG ...]          run the program on standard input
 *   refpy                      the interactive loop when stdin is a
 *                              terminal, else the program piped on stdin
 *   refpy -V / --version       "Python 3.11.7"
 *   refpy -h / --help          usage
 *
 * Options accepted for CPython compatibility: -i (inspect afterwards),
 * -O/-OO, -B, -u, -v, -q, -E, -s, -S, -I, -b, -d, -x (skip the first
 * line), -W ARG and -X OPT (ignored).  Short options combine ("-Bc CMD").
 * A usage error exits with status 2, as CPython.
 */
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "vm/pythonrun.h"

static const char *progname = "refpy";

static void usage_hint(void)
{
    fprintf(stderr, "usage: %s [option] ... [-c cmd | -m mod | file | -] [arg] ...\n", progname);
    fprintf(stderr, "Try `refpy -h' for more information.\n");
}

static void help(void)
{
    printf("usage: %s [option] ... [-c cmd | -m mod | file | -] [arg] ...\n", progname);
    printf("Options (refpy follows CPython 3.11's command line):\n"
           "-c cmd : program passed in as string (terminates option list)\n"
           "-h     : print this help message and exit (also -? or --help)\n"
           "-i     : inspect interactively after running script\n"
           "-O     : remove assert statements; -OO also docstrings\n"
           "-q     : don't print version messages on interactive startup\n"
           "-u     : unbuffered binary stdout and stderr\n"
           "-V     : print the Python version number and exit (also --version)\n"
           "-x     : skip first line of source\n"
           "file   : program read from script file\n"
           "-      : program read from stdin (default; interactive mode if a tty)\n"
           "arg ...: arguments passed to program in sys.argv[1:]\n");
}

int main(int argc, char **argv)
{
    if (argc > 0 && argv[0] != NULL && argv[0][0] != '\0') {
        const char *slash = strrchr(argv[0], '/');
        progname = slash ? slash + 1 : argv[0];
    }
    RpConfig cfg;
    memset(&cfg, 0, sizeof(cfg));
    cfg.program = progname;
    const char *command = NULL, *module = NULL;
    int skip_first_line = 0, quiet = 0, version_requests = 0, i;
    for (i = 1; i < argc; i++) {
        const char *a = argv[i];
        if (a[0] != '-' || strcmp(a, "-") == 0) {
            break;
        }
        if (strcmp(a, "--") == 0) {
            i++;
            break;
        }
        if (a[1] == '-') {
            if (strcmp(a, "--version") == 0) {
                version_requests++;
                continue;
            }
            if (strcmp(a, "--help") == 0) {
                help();
                return 0;
            }
            fprintf(stderr, "unknown option %s\n", a);
            usage_hint();
            return 2;
        }
        for (const char *p = a + 1; *p; p++) {
            switch (*p) {
            case 'c':
            case 'm': {
                const char *arg = p[1] ? p + 1 : (i + 1 < argc ? argv[++i] : NULL);
                if (arg == NULL) {
                    fprintf(stderr, "Argument expected for the -%c option\n", *p);
                    usage_hint();
                    return 2;
                }
                if (*p == 'c') {
                    command = arg;
                }
                else {
                    module = arg;
                }
                goto options_done;
            }
            case 'W':
            case 'X': {
                const char *arg = p[1] ? p + 1 : (i + 1 < argc ? argv[++i] : NULL);
                if (arg == NULL) {
                    fprintf(stderr, "Argument expected for the -%c option\n", *p);
                    usage_hint();
                    return 2;
                }
                goto next_arg;
            }
            case 'V':
                /* -VV: the build too; CPython reads every option first */
                version_requests++;
                break;
            case 'h':
            case '?':
                help();
                return 0;
            case 'i':
                cfg.interactive = 1;
                break;
            case 'O':
                cfg.optimize++;
                break;
            case 'B':
                cfg.dont_write_bytecode = 1;
                break;
            case 'v':
                cfg.verbose++;
                break;
            case 'q':
                quiet = 1;
                cfg.quiet = 1;
                cfg.command_line_flags = 1;
                break;
            case 'x':
                skip_first_line = 1;
                break;
            case 'u':
                cfg.unbuffered = 1;
                cfg.command_line_flags = 1;
                break;
            case 'E':
                cfg.ignore_environment = 1;
                cfg.command_line_flags = 1;
                break;
            case 's':
                cfg.no_user_site = 1;
                cfg.command_line_flags = 1;
                break;
            case 'S':
                cfg.no_site = 1;
                cfg.command_line_flags = 1;
                break;
            case 'I':
                cfg.isolated = 1;
                cfg.ignore_environment = 1;
                cfg.no_user_site = 1;
                cfg.safe_path = 1;
                cfg.command_line_flags = 1;
                break;
            case 'b':
                cfg.bytes_warning++;
                cfg.command_line_flags = 1;
                break;
            case 'd':
                cfg.debug = 1;
                cfg.command_line_flags = 1;
                break;
            case 'P':
                cfg.safe_path = 1;
                cfg.command_line_flags = 1;
                break;
            case 'R':
                break;
            default:
                fprintf(stderr, "Unknown option: -%c\n", *p);
                usage_hint();
                return 2;
            }
        }
    next_arg:;
    }
options_done:
    if (version_requests > 1) {
        printf("Python 3.11.7 (refpy) %s\n",
#if defined(__clang__)
               "[Clang " __clang_version__ "]"
#elif defined(__GNUC__)
               "[GCC " __VERSION__ "]"
#else
               "[C]"
#endif
        );
        return 0;
    }
    if (version_requests == 1) {
        printf("Python 3.11.7\n");
        return 0;
    }
    /* what sys.argv shows */
    char **sargv;
    int sargc;
    const char *file = NULL;
    int from_stdin = 0;
    if (command != NULL) {
        sargc = argc - i;
        sargv = calloc((size_t)sargc + 2, sizeof(char *));
        if (sargv == NULL) {
            return 1;
        }
        sargv[0] = (char *)"-c";
        for (int k = 1; k < sargc; k++) {
            sargv[k] = argv[i + k];
        }
        if (sargc < 1) {
            sargc = 1;
        }
    }
    else if (module != NULL) {
        fprintf(stderr, "%s: -m %s: running modules with -m is not supported\n", progname, module);
        return 2;
    }
    else if (i < argc) {
        sargc = argc - i;
        sargv = calloc((size_t)sargc + 1, sizeof(char *));
        if (sargv == NULL) {
            return 1;
        }
        for (int k = 0; k < sargc; k++) {
            sargv[k] = argv[i + k];
        }
        if (strcmp(argv[i], "-") == 0) {
            from_stdin = 1;
        }
        else {
            file = argv[i];
        }
    }
    else {
        sargc = 1;
        sargv = calloc(2, sizeof(char *));
        if (sargv == NULL) {
            return 1;
        }
        sargv[0] = (char *)"";
        from_stdin = 1;
    }
    cfg.argc = sargc;
    cfg.argv = sargv;
    if (rp_initialize(&cfg) < 0) {
        free(sargv);
        return 1;
    }
    int status;
    if (command != NULL) {
        size_t n = strlen(command);
        char *src = malloc(n + 2);
        if (src == NULL) {
            return 1;
        }
        memcpy(src, command, n);
        src[n] = '\n';
        src[n + 1] = '\0';
        status = rp_run_string(src, "<string>");
        free(src);
    }
    else if (file != NULL) {
        (void)skip_first_line;
        status = rp_run_file(file);
    }
    else if (from_stdin && isatty(0) && i >= argc) {
        status = rp_run_repl(!quiet);
    }
    else {
        status = rp_run_stdin();
    }
    /* -i: the prompt after the program, even when stdin is no terminal
       (CPython too), without the banner */
    if (cfg.interactive && status != 2 && !(from_stdin && isatty(0) && i >= argc)) {
        status = rp_run_repl(0);
    }
    int fin = rp_finalize();
    if (fin != 0 && status == 0) {
        status = fin;
    }
    free(sargv);
    fflush(stdout);
    return status;
}
