package org.clusterhub.project.api;

/** A project's place in the province's big project library (大项目库), which is managed dynamically. */
public enum LibraryState {
    /** 储备 */
    RESERVE,
    /** 实施 */
    IMPLEMENTATION,
    /** 退出 */
    EXITED
}
