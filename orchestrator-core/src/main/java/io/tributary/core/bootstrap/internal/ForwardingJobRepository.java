package io.tributary.core.bootstrap.internal;

import jakarta.batch.runtime.JobExecution;
import jakarta.batch.runtime.JobInstance;
import jakarta.batch.runtime.StepExecution;
import java.util.List;
import java.util.Objects;
import java.util.Properties;
import java.util.Set;
import org.jberet.job.model.Job;
import org.jberet.repository.ApplicationAndJobName;
import org.jberet.repository.JobExecutionSelector;
import org.jberet.repository.JobRepository;
import org.jberet.runtime.AbstractStepExecution;
import org.jberet.runtime.JobExecutionImpl;
import org.jberet.runtime.JobInstanceImpl;
import org.jberet.runtime.PartitionExecutionImpl;
import org.jberet.runtime.StepExecutionImpl;

/**
 * A job repository that hands every call to another one unchanged; a subclass overrides the calls
 * it decides differently. JBeret's {@code JdbcRepository} is final, so deciding about its writes
 * means standing in front of it.
 */
public abstract class ForwardingJobRepository implements JobRepository {

    private final JobRepository delegate;

    protected ForwardingJobRepository(JobRepository delegate) {
        this.delegate = Objects.requireNonNull(delegate, "delegate");
    }

    @Override
    public void addJob(ApplicationAndJobName applicationAndJobName, Job job) {
        delegate.addJob(applicationAndJobName, job);
    }

    @Override
    public void removeJob(String jobId) {
        delegate.removeJob(jobId);
    }

    @Override
    public Job getJob(ApplicationAndJobName applicationAndJobName) {
        return delegate.getJob(applicationAndJobName);
    }

    @Override
    public Set<String> getJobNames() {
        return delegate.getJobNames();
    }

    @Override
    public boolean jobExists(String jobName) {
        return delegate.jobExists(jobName);
    }

    @Override
    public JobInstanceImpl createJobInstance(Job job, String applicationName, ClassLoader classLoader) {
        return delegate.createJobInstance(job, applicationName, classLoader);
    }

    @Override
    public void removeJobInstance(long jobInstanceId) {
        delegate.removeJobInstance(jobInstanceId);
    }

    @Override
    public JobInstance getJobInstance(long jobInstanceId) {
        return delegate.getJobInstance(jobInstanceId);
    }

    @Override
    public List<JobInstance> getJobInstances(String jobName) {
        return delegate.getJobInstances(jobName);
    }

    @Override
    public int getJobInstanceCount(String jobName) {
        return delegate.getJobInstanceCount(jobName);
    }

    @Override
    public JobExecutionImpl createJobExecution(JobInstanceImpl jobInstance, Properties jobParameters) {
        return delegate.createJobExecution(jobInstance, jobParameters);
    }

    @Override
    public JobExecution getJobExecution(long jobExecutionId) {
        return delegate.getJobExecution(jobExecutionId);
    }

    @Override
    public List<JobExecution> getJobExecutions(JobInstance jobInstance) {
        return delegate.getJobExecutions(jobInstance);
    }

    @Override
    public List<Long> getJobExecutionsByJob(String jobName) {
        return delegate.getJobExecutionsByJob(jobName);
    }

    @Override
    public List<Long> getJobExecutionsByJob(String jobName, Integer limit) {
        return delegate.getJobExecutionsByJob(jobName, limit);
    }

    @Override
    public void updateJobExecution(JobExecutionImpl jobExecution, boolean fullUpdate, boolean saveJobParameters) {
        delegate.updateJobExecution(jobExecution, fullUpdate, saveJobParameters);
    }

    @Override
    public void stopJobExecution(JobExecutionImpl jobExecution) {
        delegate.stopJobExecution(jobExecution);
    }

    @Override
    public List<Long> getRunningExecutions(String jobName) {
        return delegate.getRunningExecutions(jobName);
    }

    @Override
    public void removeJobExecutions(JobExecutionSelector jobExecutionSelector) {
        delegate.removeJobExecutions(jobExecutionSelector);
    }

    @Override
    public List<StepExecution> getStepExecutions(long jobExecutionId, ClassLoader classLoader) {
        return delegate.getStepExecutions(jobExecutionId, classLoader);
    }

    @Override
    public StepExecutionImpl createStepExecution(String stepName) {
        return delegate.createStepExecution(stepName);
    }

    @Override
    public void addStepExecution(JobExecutionImpl jobExecution, StepExecutionImpl stepExecution) {
        delegate.addStepExecution(jobExecution, stepExecution);
    }

    @Override
    public void updateStepExecution(StepExecution stepExecution) {
        delegate.updateStepExecution(stepExecution);
    }

    @Override
    public StepExecutionImpl findOriginalStepExecutionForRestart(String stepName,
            JobExecutionImpl jobExecutionToRestart, ClassLoader classLoader) {
        return delegate.findOriginalStepExecutionForRestart(stepName, jobExecutionToRestart, classLoader);
    }

    @Override
    public int countStepStartTimes(String stepName, long jobInstanceId) {
        return delegate.countStepStartTimes(stepName, jobInstanceId);
    }

    @Override
    public void addPartitionExecution(StepExecutionImpl enclosingStepExecution,
            PartitionExecutionImpl partitionExecution) {
        delegate.addPartitionExecution(enclosingStepExecution, partitionExecution);
    }

    @Override
    public List<PartitionExecutionImpl> getPartitionExecutions(long stepExecutionId, StepExecutionImpl stepExecution,
            boolean notCompletedOnly, ClassLoader classLoader) {
        return delegate.getPartitionExecutions(stepExecutionId, stepExecution, notCompletedOnly, classLoader);
    }

    @Override
    public void savePersistentData(JobExecution jobExecution, AbstractStepExecution stepOrPartitionExecution) {
        delegate.savePersistentData(jobExecution, stepOrPartitionExecution);
    }

    @Override
    public int savePersistentDataIfNotStopping(JobExecution jobExecution,
            AbstractStepExecution stepOrPartitionExecution) {
        return delegate.savePersistentDataIfNotStopping(jobExecution, stepOrPartitionExecution);
    }
}
