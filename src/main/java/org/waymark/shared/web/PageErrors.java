package org.waymark.shared.web;

import jakarta.servlet.http.HttpServletResponse;
import java.util.UUID;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.ModelAndView;
import org.waymark.shared.ConflictException;
import org.waymark.shared.ForbiddenException;
import org.waymark.shared.InvalidInputException;
import org.waymark.shared.NotFoundException;
import org.waymark.shared.SafeLog;

/** Errors on pages: GOV.UK-style pages that say what happened and leak no stack trace. */
@ControllerAdvice(annotations = Controller.class)
@Order(Ordered.LOWEST_PRECEDENCE)
public class PageErrors {

    private static final Logger log = LoggerFactory.getLogger(PageErrors.class);

    @ExceptionHandler({NotFoundException.class, MethodArgumentTypeMismatchException.class})
    ModelAndView notFound(HttpServletResponse response) {
        return page(response, 404, "error/not-found");
    }

    @ExceptionHandler(ForbiddenException.class)
    ModelAndView forbidden(HttpServletResponse response, ForbiddenException e) {
        ModelAndView mav = page(response, 403, "error/forbidden");
        mav.addObject("message", e.getMessage());
        return mav;
    }

    @ExceptionHandler(ConflictException.class)
    ModelAndView conflict(HttpServletResponse response, ConflictException e) {
        ModelAndView mav = page(response, 409, "error/conflict");
        mav.addObject("message", e.getMessage());
        mav.addObject("problems", e.problems());
        return mav;
    }

    @ExceptionHandler(OptimisticLockingFailureException.class)
    ModelAndView stale(HttpServletResponse response) {
        ModelAndView mav = page(response, 409, "error/conflict");
        mav.addObject("message", ConflictException.staleEdit("This record").getMessage());
        return mav;
    }

    @ExceptionHandler(InvalidInputException.class)
    ModelAndView invalid(HttpServletResponse response, InvalidInputException e) {
        ModelAndView mav = page(response, 400, "error/invalid");
        mav.addObject("problems", e.problems());
        return mav;
    }

    @ExceptionHandler(Exception.class)
    ModelAndView unexpected(HttpServletResponse response, Exception e) throws Exception {
        if (e instanceof org.springframework.web.ErrorResponse
                || e instanceof org.springframework.security.access.AccessDeniedException
                || e instanceof org.springframework.security.core.AuthenticationException) {
            throw e; // let Spring MVC and Spring Security answer these with their own status
        }
        String reference = UUID.randomUUID().toString();
        log.error("Unexpected page error {}: {}", reference, SafeLog.describe(e));
        ModelAndView mav = page(response, 500, "error/problem");
        mav.addObject("reference", reference);
        return mav;
    }

    private static ModelAndView page(HttpServletResponse response, int status, String view) {
        response.setStatus(status);
        ModelAndView mav = new ModelAndView(view);
        mav.setStatus(org.springframework.http.HttpStatusCode.valueOf(status));
        return mav;
    }
}
