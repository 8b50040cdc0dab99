//! The process's malloc, chosen once per run: glibc's, or mimalloc for
//! `consume`; and glibc's slack for `produce`.
//!
//! A consumer allocates each fetched message on librdkafka's broker thread
//! and frees it on the thread that polled it. glibc takes the allocating
//! arena's lock for every such free once the freeing thread's cache is full,
//! and that lock, shared with the broker thread's own allocations, was most
//! of `consume`'s system time; mimalloc frees across threads without one. A
//! producer allocates and frees on the same threads, and there mimalloc cost
//! more CPU and twice the peak memory, so the choice is made per command.
//!
//! These functions replace malloc for the whole process, librdkafka and the
//! system's libraries included, as glibc allows ("Replacing malloc" in its
//! manual). Memory allocated before the choice, or by an entry point not
//! replaced here (`posix_memalign` and its kind), is glibc's; every free
//! goes to whichever allocator owns the pointer, so the two never mix.

use std::os::raw::c_void;
use std::sync::atomic::{AtomicBool, Ordering};

use libmimalloc_sys as mi;

extern "C" {
    fn __libc_malloc(size: usize) -> *mut c_void;
    fn __libc_calloc(count: usize, size: usize) -> *mut c_void;
    fn __libc_realloc(p: *mut c_void, size: usize) -> *mut c_void;
    fn __libc_free(p: *mut c_void);
    // Part of mimalloc's library; libmimalloc-sys declares it only under
    // a feature that needs another crate.
    fn mi_is_in_heap_region(p: *const c_void) -> bool;
    fn mi_calloc(count: usize, size: usize) -> *mut c_void;
    fn mi_usable_size(p: *const c_void) -> usize;
    fn mi_option_set(option: std::os::raw::c_int, value: std::os::raw::c_long);
}

/// `mi_option_purge_delay` in the header of the mimalloc that
/// libmimalloc-sys 0.1.49 builds (pinned in Cargo.toml).
const MI_OPTION_PURGE_DELAY: std::os::raw::c_int = 15;
/// Milliseconds before freed pages go back to the system. mimalloc's
/// default, a second, let a consumer's peak memory grow by the fetch
/// buffers of a whole second (half again kcat's peak); with none, the
/// returns cost more system time than the cross-thread frees saved.
const PURGE_DELAY_MS: std::os::raw::c_long = 25;

/// Set once and never cleared: while false, mimalloc owns nothing.
static MIMALLOC: AtomicBool = AtomicBool::new(false);

/// Sends every later allocation to mimalloc. Called before the command
/// starts its threads.
pub fn use_mimalloc() {
    // mimalloc's own environment variable still decides when it is set.
    if std::env::var_os("MIMALLOC_PURGE_DELAY").is_none() {
        // SAFETY: an option mimalloc reads on each purge.
        unsafe { mi_option_set(MI_OPTION_PURGE_DELAY, PURGE_DELAY_MS) };
    }
    MIMALLOC.store(true, Ordering::SeqCst);
}

/// Keeps 16 MiB free at the top of glibc's heaps instead of 128 KiB.
///
/// A producer's messages are allocated as they are read and freed as they
/// are reported, so the heap's top keeps emptying and filling: glibc gave
/// the emptied top back to the system each time and took it again a moment
/// later, one page fault per page, a third of `produce`'s system time.
/// Pages kept are never touched again until reused, so the peak does not
/// grow.
pub fn keep_heap_slack() {
    // SAFETY: only changes a parameter of glibc's allocator.
    unsafe { libc::mallopt(libc::M_TOP_PAD, 16 << 20) };
}

fn mimalloc() -> bool {
    MIMALLOC.load(Ordering::Relaxed)
}

/// Whether mimalloc allocated `p`.
///
/// # Safety
/// `p` is null or a live allocation.
unsafe fn mimalloc_owns(p: *const c_void) -> bool {
    mimalloc() && mi_is_in_heap_region(p)
}

/// # Safety
/// The C function's contract.
#[no_mangle]
pub unsafe extern "C" fn malloc(size: usize) -> *mut c_void {
    if mimalloc() {
        mi::mi_malloc(size)
    } else {
        __libc_malloc(size)
    }
}

/// # Safety
/// The C function's contract.
#[no_mangle]
pub unsafe extern "C" fn calloc(count: usize, size: usize) -> *mut c_void {
    if mimalloc() {
        mi_calloc(count, size)
    } else {
        __libc_calloc(count, size)
    }
}

/// # Safety
/// The C function's contract.
#[no_mangle]
pub unsafe extern "C" fn realloc(p: *mut c_void, size: usize) -> *mut c_void {
    if p.is_null() {
        malloc(size)
    } else if mimalloc_owns(p) {
        mi::mi_realloc(p, size)
    } else {
        __libc_realloc(p, size)
    }
}

/// glibc's own calls `realloc` inside glibc, which would hand it a
/// mimalloc pointer.
///
/// # Safety
/// The C function's contract.
#[no_mangle]
pub unsafe extern "C" fn reallocarray(p: *mut c_void, count: usize, size: usize) -> *mut c_void {
    match count.checked_mul(size) {
        Some(total) => realloc(p, total),
        None => {
            *libc::__errno_location() = libc::ENOMEM;
            std::ptr::null_mut()
        }
    }
}

/// # Safety
/// The C function's contract.
#[no_mangle]
pub unsafe extern "C" fn free(p: *mut c_void) {
    if p.is_null() {
        return;
    }
    if mimalloc_owns(p) {
        mi::mi_free(p)
    } else {
        __libc_free(p)
    }
}

/// glibc's would read a mimalloc pointer's header as its own.
///
/// # Safety
/// The C function's contract.
#[no_mangle]
pub unsafe extern "C" fn malloc_usable_size(p: *mut c_void) -> usize {
    if p.is_null() {
        0
    } else if mimalloc_owns(p) {
        mi_usable_size(p)
    } else {
        libc_usable_size(p)
    }
}

/// glibc exports its own `malloc_usable_size` under no other name, so it
/// is looked up past this executable.
unsafe fn libc_usable_size(p: *mut c_void) -> usize {
    type UsableSize = unsafe extern "C" fn(*mut c_void) -> usize;
    static NEXT: std::sync::OnceLock<Option<UsableSize>> = std::sync::OnceLock::new();
    let next = NEXT.get_or_init(|| {
        let f = libc::dlsym(libc::RTLD_NEXT, c"malloc_usable_size".as_ptr());
        (!f.is_null()).then(|| std::mem::transmute::<*mut c_void, UsableSize>(f))
    });
    next.map_or(0, |f| f(p))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn each_pointer_goes_back_to_its_owner() {
        // SAFETY: plain allocations, each freed once by the functions above.
        unsafe {
            let before = malloc(100);
            assert!(!mimalloc_owns(before));
            use_mimalloc();
            let after = malloc(100);
            assert!(mimalloc_owns(after));
            assert!(!mimalloc_owns(before));
            assert!(malloc_usable_size(before) >= 100);
            assert!(malloc_usable_size(after) >= 100);
            let grown = realloc(before, 100_000);
            assert!(!mimalloc_owns(grown), "glibc's pointer stays glibc's");
            let many = reallocarray(after, 1000, 100);
            assert!(mimalloc_owns(many));
            assert!(reallocarray(many, usize::MAX, 2).is_null());
            free(grown);
            free(many);
            free(std::ptr::null_mut());
        }
    }
}
